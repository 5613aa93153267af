// Which figures of the 申报表 the enterprises' table can back, as data by concept, and what it backs them with:
// per year (or as of the data year) the total, the count, the growth or the ratio of totals, in the field's unit.
// Hint: the 一企一表 lists every enterprise, not only the SMEs, and each enterprise's whole 产值/出口 rather than the
// leading industry's; the basis text says so, and the official decides whether to use the figure.
import type { Concept } from '../forms/concepts';
import { enterpriseTableOf, unitValues } from '../forms/enterpriseTable';
import type { EnterpriseKey, EnterpriseLeaf, EnterpriseTable } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import type { FormDefinition, NumberField } from '../forms/types';
import { numberFieldFor } from '../rules/read';
import { leafNumber } from './rowValues';

type Key = EnterpriseKey;
/** How a figure follows from the table: a column's total, the enterprises reporting it, its growth, a ratio of totals. */
export type Basis = { readonly sum: Key } | { readonly count: Key } | { readonly growth: Key } | { readonly ratio: readonly [Key, Key] };

/** The form's figures the table backs, by concept; a version without the concept simply has no such figure. */
export const enterpriseBackings: readonly { readonly concept: Concept; readonly basis: Basis }[] = [
  { concept: 'totalOutput', basis: { sum: 'output' } },
  { concept: 'enterpriseCount', basis: { count: 'output' } },
  { concept: 'exportAmount', basis: { sum: 'exports' } },
  { concept: 'exportGrowth', basis: { growth: 'exports' } },
  { concept: 'rdSpend', basis: { sum: 'rdSpend' } },
  { concept: 'rdSpendGrowth', basis: { growth: 'rdSpend' } },
  { concept: 'rdIntensity', basis: { ratio: ['rdSpend', 'output'] } },
  { concept: 'smeEmployees', basis: { sum: 'employees' } },
  { concept: 'rdStaff', basis: { sum: 'rdStaff' } },
  { concept: 'rdStaffShare', basis: { ratio: ['rdStaff', 'employees'] } },
  { concept: 'industrialSoftwareSpend', basis: { sum: 'software' } },
];

/** A figure the table offers for one cell of the form. */
export interface Backed {
  readonly field: NumberField;
  /** The report year of the cell; absent for a single-value field. */
  readonly year?: number;
  /** Rounded as the form wants it (two decimals, whole for counts); null where no enterprise gave the inputs. */
  readonly value: number | null;
  /** How it was obtained, in Chinese (「一企一表 30 家企业“产值（亿元）2020年”合计」). */
  readonly basis: string;
}

const leafOf = (t: EnterpriseTable, key: Key, year: number | undefined) =>
  t.leaves.find((l) => l.column.key === key && (l.sub === undefined || l.year === year));

/** The leaf a field's year cell reads: a year column's own year, an as-of column only for its year. */
function _leaf(t: EnterpriseTable, key: Key, year: number | undefined): EnterpriseLeaf | undefined {
  const leaf = leafOf(t, key, year);
  if (!leaf || (leaf.sub === undefined && leaf.year !== undefined && year !== undefined && leaf.year !== year)) return undefined;
  return leaf;
}

/** 万元 → 亿元 and the like: the factor from a column's unit to the field's. */
function _scale(leaf: EnterpriseLeaf, field: NumberField): number {
  const from = 'unit' in leaf.column ? leaf.column.unit : undefined;
  const to = field.unit;
  return from && to && to in unitValues ? unitValues[from] / unitValues[to as keyof typeof unitValues] : 1;
}

function _sums(rows: readonly EnterpriseRow[], leaves: readonly EnterpriseLeaf[]) {
  const sums = leaves.map(() => 0);
  let n = 0;
  for (const row of rows) {
    const nums = leaves.map((l) => leafNumber(row, l));
    if (nums.some((x) => x === null)) continue;
    nums.forEach((x, i) => (sums[i]! += x!));
    n++;
  }
  return { sums, n };
}

const round = (x: number, field: NumberField) => (field.measure === 'count' ? Math.round(x) : Math.round(x * 100) / 100);
const named = (leaf: EnterpriseLeaf) => `“${leaf.label}”`;

type Figure = { value: number | null; basis: string } | undefined;
type Rows = readonly EnterpriseRow[];

function _sumOrCount(basis: { sum: Key } | { count: Key }, t: EnterpriseTable, rows: Rows, field: NumberField, year: number | undefined): Figure {
  const leaf = _leaf(t, 'sum' in basis ? basis.sum : basis.count, year);
  if (!leaf) return undefined;
  if ('count' in basis) return { value: rows.filter((r) => (leafNumber(r, leaf) ?? 0) > 0).length, basis: `一企一表中填有${named(leaf)}（大于 0）的企业数` };
  const { sums, n } = _sums(rows, [leaf]);
  const scale = _scale(leaf, field);
  return { value: n ? sums[0]! * scale : null, basis: `一企一表 ${n} 家企业${named(leaf)}合计${scale !== 1 ? `，换算为${field.unit}` : ''}` };
}

function _growth(key: Key, t: EnterpriseTable, rows: Rows, field: NumberField, year: number | undefined): Figure {
  const now = year === undefined ? undefined : leafOf(t, key, year);
  const before = year === undefined ? undefined : leafOf(t, key, year - 1);
  if (!field.perYear || !now?.sub || !before?.sub) return undefined;
  const { sums, n } = _sums(rows, [now, before]);
  return { value: n && sums[1]! > 0 ? (sums[0]! / sums[1]! - 1) * 100 : null, basis: `一企一表 ${n} 家两年均填报的企业${named(now)}合计 ÷ ${named(before)}合计 − 1` };
}

function _ratio([ka, kb]: readonly [Key, Key], t: EnterpriseTable, rows: Rows, year: number): Figure {
  const [a, b] = [_leaf(t, ka, year), _leaf(t, kb, year)];
  if (!a || !b) return undefined;
  const { sums, n } = _sums(rows, [a, b]);
  const scale = ('unit' in a.column ? unitValues[a.column.unit] : 1) / ('unit' in b.column ? unitValues[b.column.unit] : 1);
  return { value: n && sums[1]! > 0 ? (sums[0]! / sums[1]!) * scale * 100 : null, basis: `一企一表 ${n} 家两项均填报的企业${named(a)}合计 ÷ ${named(b)}合计（按单位换算）` };
}

function _figure(basis: Basis, t: EnterpriseTable, rows: Rows, field: NumberField, year: number): Figure {
  if ('sum' in basis || 'count' in basis) return _sumOrCount(basis, t, rows, field, year);
  if ('growth' in basis) return _growth(basis.growth, t, rows, field, year);
  return _ratio(basis.ratio, t, rows, year);
}

/** Every cell of the form the table backs, with its figure. */
export function backedFigures(form: FormDefinition, rows: readonly EnterpriseRow[]): Backed[] {
  const t = enterpriseTableOf(form);
  return enterpriseBackings.flatMap(({ concept, basis }) => {
    const field = numberFieldFor(form, concept);
    if (!field) return [];
    const years: (number | undefined)[] = field.perYear ? [...form.years] : [undefined];
    return years.flatMap((year) => {
      // Hint: a single-value field is as of the form's data year (填报说明 6).
      const f = _figure(basis, t, rows, field, year ?? form.dataAsOfYear);
      if (!f) return [];
      return [{ field, ...(year !== undefined ? { year } : {}), value: f.value === null ? null : round(f.value, field), basis: f.basis }];
    });
  });
}
