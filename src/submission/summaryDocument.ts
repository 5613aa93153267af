// The 推荐汇总表 as a table document (src/pdf/tables/types.ts), the one description the PDF, DOCX and XLSX writers
// print: the notice's title, the line under it, its columns in its words, one row per cluster in the official's
// order (序号 follows it), the disclosure line where the attachment prints one.
import type { Notice, SummaryColumn } from '../forms/notices';
import type { TableDocument, TableLeafColumn, TableRow } from '../pdf/tables/types';
import type { SummaryRowTexts } from './summaryRow';

/** What the recommending level adds to the printed table. */
export interface SummaryHeading {
  /** Written after 「联系人和手机：」 where the table prints it. */
  readonly contact?: string;
  /** The disclosure value chosen (「主动公开」…), where the table prints the line; defaults to the attachment's. */
  readonly disclosure?: string;
}

/** The values a disclosure line commonly takes; the attachment's own is first for its notice. */
export const DISCLOSURE_OPTIONS = ['主动公开', '依申请公开', '不予公开'] as const;

const _column = (c: SummaryColumn): TableLeafColumn => ({ label: c.label, width: c.width, align: c.source === 'serial' ? 'center' : 'left' });

function _row(notice: Notice, row: SummaryRowTexts, index: number): TableRow {
  return { cells: notice.summaryTable.columns.map((c) => (c.source === 'serial' ? String(index + 1) : row[c.source])) };
}

/** The stamp and contact line, where the attachment prints one. */
function _headerLines(notice: Notice, heading: SummaryHeading): TableDocument['headerLines'] {
  const { stampLine, contactLine } = notice.summaryTable;
  if (!stampLine && !contactLine) return [];
  const contact = contactLine ? `${contactLine}${heading.contact?.trim() ?? ''}` : undefined;
  return [{ ...(stampLine ? { left: stampLine } : {}), ...(contact ? { right: contact } : {}) }];
}

/** The table of these clusters, in this order. */
export function summaryDocument(notice: Notice, rows: readonly SummaryRowTexts[], heading: SummaryHeading = {}): TableDocument {
  const table = notice.summaryTable;
  const disclosure = table.disclosure ? `${table.disclosure.label}：${heading.disclosure ?? table.disclosure.value}` : undefined;
  return {
    title: table.title,
    headerLines: _headerLines(notice, heading),
    columns: table.columns.map(_column),
    rows: rows.map((r, i) => _row(notice, r, i)),
    ...(disclosure ? { footnote: disclosure } : {}),
    subject: `${notice.title}（${notice.documentNumber}）${table.attachment}`,
  };
}
