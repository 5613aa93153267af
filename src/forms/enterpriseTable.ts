// 表1 企业发展情况表 (粤工信服务函〔2023〕6号 附件2, seed 000): one row per enterprise of the cluster, the 「一企一表」.
// Its texts are quoted from the seed; its years are not written anywhere: they follow the form version, so a later
// notice's form gets its own years as data.
// Hint: the national forms have no 表1 of their own; they get the same table by the same rule (the form's three
// report years and the year before, the base of the first year's growth rate), so their section 二/三 figures
// can be checked against the enterprises too (docs/enterprises.md).
import type { FormDefinition } from './types';

/** The texts printed around the table, verbatim. */
export const enterpriseTableTexts = {
  title: '企业发展情况表',
  /** The two header lines' parts: left 填表单位, right 填报人. */
  filledBy: '填表单位：（盖章）',
  contact: '填报人和手机：',
  serial: '序号',
  note: '备注：本表仅用于申报本地区中小企业特色产业集群。',
} as const;

/** Units the table's amounts are in, with their value in 元 (to convert between a column and a form field). */
export const unitValues = { 亿元: 1e8, 万元: 1e4 } as const;
export type AmountUnit = keyof typeof unitValues;

/**
 * The table's columns after 序号, in print order. `span` says which years a number column has:
 * - `years`: one per table year (the form's report years and the years before, see `YEARS_BEFORE`);
 * - `asOf`: one, for the form's data-as-of year, printed before the label (「2022年从业人员数」).
 */
export const enterpriseColumns = [
  { key: 'name', kind: 'text', label: '企业名称', required: true },
  { key: 'business', kind: 'text', label: '主营业务' },
  { key: 'output', kind: 'amount', label: '产值', unit: '亿元', span: 'years' },
  { key: 'rdSpend', kind: 'amount', label: '研发投入', unit: '万元', span: 'years' },
  { key: 'software', kind: 'amount', label: '工业软件采购额', unit: '万元', span: 'years' },
  { key: 'exports', kind: 'amount', label: '出口贸易额', unit: '万元', span: 'years' },
  { key: 'employees', kind: 'count', label: '从业人员数', span: 'asOf' },
  { key: 'rdStaff', kind: 'count', label: '研发人员数', span: 'asOf' },
  { key: 'remark', kind: 'text', label: '备注' },
] as const;

/** Years the table reports before the form's first report year: the base of the first year's growth rate. */
export const YEARS_BEFORE = 1;

export type EnterpriseColumn = (typeof enterpriseColumns)[number];
export type EnterpriseKey = EnterpriseColumn['key'];
export type YearColumn = Extract<EnterpriseColumn, { span: 'years' }>;
export type NumberColumn = Extract<EnterpriseColumn, { kind: 'amount' | 'count' }>;

/** One cell of a row: a column, and its year where the column has several. */
export interface EnterpriseLeaf {
  readonly column: EnterpriseColumn;
  readonly year?: number;
  /** First header line: 「产值（亿元）」, 「企业名称」, 「2022年从业人员数」. */
  readonly group: string;
  /** Second header line: 「2019年」, or absent where the group spans both lines. */
  readonly sub?: string;
  /** The cell's full name, for messages and accessible names: 「产值（亿元）2019年」. */
  readonly label: string;
}

/** The table as one form version prints it. */
export interface EnterpriseTable {
  /** The years of the `years` columns, oldest first. */
  readonly years: readonly number[];
  /** The year of the `asOf` columns: the form's data-as-of year (填报说明 6). */
  readonly asOfYear: number;
  readonly leaves: readonly EnterpriseLeaf[];
}

/** 「产值（亿元）」: a column's first header line. */
export function columnGroup(column: EnterpriseColumn, asOfYear: number): string {
  if (!('span' in column)) return column.label;
  return column.span === 'asOf' ? `${asOfYear}年${column.label}` : `${column.label}（${column.unit}）`;
}

function _leaves(column: EnterpriseColumn, years: readonly number[], asOfYear: number): EnterpriseLeaf[] {
  const group = columnGroup(column, asOfYear);
  if (!('span' in column)) return [{ column, group, label: group }];
  if (column.span === 'asOf') return [{ column, year: asOfYear, group, label: group }];
  return years.map((year) => ({ column, year, group, sub: `${year}年`, label: `${group}${year}年` }));
}

const tables = new WeakMap<FormDefinition, EnterpriseTable>();

/** 表1 for a form version: its years derived from the form's report years and data-as-of year. */
export function enterpriseTableOf(form: FormDefinition): EnterpriseTable {
  let table = tables.get(form);
  if (table) return table;
  const first = form.years[0];
  const years = [...Array.from({ length: YEARS_BEFORE }, (_, i) => first - YEARS_BEFORE + i), ...form.years];
  const asOfYear = form.dataAsOfYear;
  table = { years, asOfYear, leaves: enterpriseColumns.flatMap((c) => _leaves(c, years, asOfYear)) };
  tables.set(form, table);
  return table;
}
