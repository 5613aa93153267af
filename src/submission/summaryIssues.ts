// What keeps a cluster's row of the 推荐汇总表 from being ready, as typed issues: a column left empty, a 简介 over
// the notice's limit (counted with countChars, as the counter shows it), a 【待补充】 still in the 简介.
import type { Notice, SummarySource } from '../forms/notices';
import { countChars } from '../forms/text';
import { gapsIn } from './intro/draftIntro';
import type { SummaryRowTexts } from './summaryRow';

export type SummaryIssueKind = 'summary:missing' | 'summary:over-limit' | 'summary:gap';

export interface SummaryIssue {
  readonly kind: SummaryIssueKind;
  /** The column it is about. */
  readonly source: Exclude<SummarySource, 'serial'>;
  /** In Chinese, for the official. */
  readonly message: string;
}

/** Where each column's text comes from, for the message: the cover, or the 推荐汇总表 page of the draft. */
const _whereTyped: { readonly [S in Exclude<SummarySource, 'serial'>]: string } = {
  clusterName: '封面',
  operator: '封面',
  location: '封面“所属地区”',
  leadingIndustry: '“推荐汇总表”页',
  foundedIn: '“推荐汇总表”页',
  intro: '“推荐汇总表”页',
};

/** A column's name as its header prints it, without the limit: 「集群简介（300字以内）」 → 「集群简介」. */
export function columnName(notice: Notice, source: Exclude<SummarySource, 'serial'>): string {
  const label = notice.summaryTable.columns.find((c) => c.source === source)?.label ?? source;
  return label.replace(/（\d+\s*字以内）$/, '');
}

/** The issues of one row, in column order. */
export function summaryIssues(notice: Notice, row: SummaryRowTexts): SummaryIssue[] {
  const out: SummaryIssue[] = [];
  for (const column of notice.summaryTable.columns) {
    if (column.source === 'serial') continue;
    const name = columnName(notice, column.source);
    const text = row[column.source];
    if (!text) out.push({ kind: 'summary:missing', source: column.source, message: `“${name}”未填写（在${_whereTyped[column.source]}填写）` });
  }
  const used = countChars(row.intro);
  const name = columnName(notice, 'intro');
  if (used > notice.summaryLimit) {
    out.push({ kind: 'summary:over-limit', source: 'intro', message: `“${name}”共 ${used} 字，超出 ${notice.summaryLimit} 字的上限 ${used - notice.summaryLimit} 字` });
  }
  const gaps = gapsIn(row.intro);
  if (gaps.length) out.push({ kind: 'summary:gap', source: 'intro', message: `“${name}”中还有 ${gaps.length} 处待补充：${gaps.join('')}` });
  return out;
}
