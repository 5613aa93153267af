// 表1 and its 统计汇总表 as table documents (src/pdf/tables/types.ts), the one description both the PDF and the
// XLSX writers print: columns from the table definition, rows from the enterprise list, totals from totals.ts.
import type { EnterpriseTable } from '../forms/enterpriseTable';
import { enterpriseColumns, enterpriseTableTexts as T } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import type { TableColumn, TableDocument, TableRow } from '../pdf/tables/types';
import { leafText } from './rowValues';
import type { EnterpriseTotals } from './totals';

/** Relative widths: names and business wide, figures narrow. */
const WIDTHS = { serial: 2.4, name: 9, business: 6.5, remark: 4, figure: 3.9 } as const;

/** The columns of 表1: 序号, then each column, a year group merged over its years. */
export function tableColumns(table: EnterpriseTable): TableColumn[] {
  const groups = enterpriseColumns.map((column): TableColumn => {
    const leaves = table.leaves.filter((l) => l.column === column);
    if (column.kind === 'text') return { label: leaves[0]!.group, width: WIDTHS[column.key] };
    if (leaves[0]!.sub === undefined) return { label: leaves[0]!.group, width: WIDTHS.figure, align: 'right', numeric: true };
    return { label: leaves[0]!.group, children: leaves.map((l) => ({ label: l.sub!, width: WIDTHS.figure, align: 'right', numeric: true })) };
  });
  return [{ label: T.serial, width: WIDTHS.serial, align: 'center' }, ...groups];
}

/** The blank 表1, as the seed prints it: title, 填表单位 and 填报人 line, the header, row 「1」, the note. */
export function templateDocument(table: EnterpriseTable, subject?: string): TableDocument {
  return {
    title: T.title,
    headerLines: [{ left: T.filledBy, right: T.contact }],
    columns: tableColumns(table),
    rows: [{ cells: ['1'], minLines: 3 }],
    footnote: T.note,
    ...(subject ? { subject } : {}),
  };
}

function _enterpriseRow(row: EnterpriseRow, index: number, table: EnterpriseTable): TableRow {
  return { cells: [String(index + 1), ...table.leaves.map((l) => leafText(row, l))] };
}

const amount = (n: number | null, whole: boolean) => (n === null ? '' : whole ? String(Math.round(n)) : n.toFixed(2));

function _totalRows(totals: EnterpriseTotals): TableRow[] {
  const figures = totals.leaves.filter((t) => t.leaf.column.kind !== 'text');
  const pad = (label: string, note: string, cells: string[]) => ['', label, note, ...cells, ''];
  return [
    { strong: true, keepWithNext: true, cells: pad('合计', `共 ${totals.enterprises} 家企业`, figures.map((t) => amount(t.sum, t.leaf.column.kind === 'count'))) },
    { keepWithNext: true, cells: pad('填报企业数', '', figures.map((t) => String(t.reported))) },
    { cells: pad('比上年增长（%）', '', figures.map((t) => (t.growth === null ? '—' : t.growth.toFixed(2)))) },
  ];
}

/** Header lines of the 统计汇总表: the cluster, then the same stamp and contact line as 表1. */
export interface SummaryHeading {
  readonly clusterName?: string;
  readonly subject?: string;
}

/** The 统计汇总表: every enterprise's row, then 合计, 填报企业数 and 比上年增长 for each column and year. */
export function summaryDocument(rows: readonly EnterpriseRow[], totals: EnterpriseTotals, heading: SummaryHeading = {}): TableDocument {
  const table = totals.table;
  return {
    title: `${T.title}统计汇总表`,
    headerLines: [{ left: `集群名称：${heading.clusterName ?? ''}` }, { left: T.filledBy, right: T.contact }],
    columns: tableColumns(table),
    rows: [...rows.map((r, i) => _enterpriseRow(r, i, table)), ..._totalRows(totals)],
    footnote: `注：根据 ${totals.enterprises} 家企业的企业发展情况表（“一企一表”）汇总。合计只计填写为数字的单元格；“比上年增长”按两年都填报的企业计算。`,
    ...(heading.subject ? { subject: heading.subject } : {}),
  };
}
