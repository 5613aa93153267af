// The clusters of a city's 推荐汇总表: drafts picked from this computer or read from county files, all of one
// notice, in the official's order (序号 follows it). Pure functions; the page keeps the list.
import { resolveNotice } from '../../forms';
import type { FormValues } from '../../forms/fieldValues';
import type { AnyDraft } from '../../forms/registry';
import type { SubmissionAnswers } from '../../forms/submission';
import { summaryIssues, type SummaryIssue } from '../../submission/summaryIssues';
import { summaryRowOf, type SummaryRowTexts } from '../../submission/summaryRow';

export interface TableEntry {
  /** Where it came from, for the list: 「本机草稿」 or the file's name. */
  readonly origin: string;
  readonly draft: AnyDraft;
}

export interface Added {
  readonly entries: readonly TableEntry[];
  /** Why each draft not added was refused, in Chinese. */
  readonly refused: readonly string[];
}

/** The row a draft gives the table. */
export function rowOf(entry: TableEntry): SummaryRowTexts {
  const answers = (entry.draft as { submission?: SubmissionAnswers }).submission ?? {};
  return summaryRowOf(resolveNotice(entry.draft.noticeId), entry.draft.values as FormValues, answers);
}

/** The name an entry is listed by: its 集群名称, else 「未填写集群名称的草稿」. */
export const entryName = (entry: TableEntry): string => rowOf(entry).clusterName || `未填写集群名称的草稿（${entry.origin}）`;

const _doc = (noticeId: string) => resolveNotice(noticeId).notice.documentNumber;

/**
 * Adds drafts after the ones in the table. A draft of another notice than the table's is refused (one table
 * answers one notice), and so is one already in the table (the same draft id).
 */
export function addEntries(current: readonly TableEntry[], incoming: readonly TableEntry[]): Added {
  const entries = [...current];
  const refused: string[] = [];
  for (const entry of incoming) {
    const noticeId = entries[0]?.draft.noticeId ?? entry.draft.noticeId;
    if (entry.draft.noticeId !== noticeId) {
      refused.push(`“${entryName(entry)}”是按${_doc(entry.draft.noticeId)}填写的，汇总表是${_doc(noticeId)}的，不同通知的草稿不能汇总在一张表中，未加入。`);
    } else if (entries.some((e) => e.draft.id === entry.draft.id)) {
      refused.push(`“${entryName(entry)}”已在表中，未重复加入。`);
    } else entries.push(entry);
  }
  return { entries, refused };
}

/** The list with the entry at `index` moved by `delta` places (within the list). */
export function moveEntry(entries: readonly TableEntry[], index: number, delta: number): TableEntry[] {
  const to = Math.max(0, Math.min(entries.length - 1, index + delta));
  const out = [...entries];
  const [moved] = out.splice(index, 1);
  out.splice(to, 0, moved!);
  return out;
}

/** Each entry's issues, by its name, for the question before writing. */
export function entryIssues(entries: readonly TableEntry[]): { cluster: string; issues: SummaryIssue[] }[] {
  return entries.map((e, i) => ({ cluster: `${i + 1}. ${entryName(e)}`, issues: summaryIssues(resolveNotice(e.draft.noticeId).notice, rowOf(e)) }));
}
