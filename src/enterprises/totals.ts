// The 统计汇总: per column and year, the sum of the enterprises' figures, how many reported one, and the change
// on the year before. Only numbers count; a cell that is not a number is left out (its problem is listed).
import type { EnterpriseLeaf, EnterpriseTable } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import { leafNumber } from './rowValues';

export interface LeafTotal {
  readonly leaf: EnterpriseLeaf;
  /** Sum of the numbers (null: no enterprise gave one). */
  readonly sum: number | null;
  /** Enterprises that gave a number. */
  readonly reported: number;
  /**
   * Change on the same column's year before, in %, over the enterprises that reported both years (an enterprise
   * missing one year would otherwise read as a fall or a rise); null for the first year or without such pairs.
   */
  readonly growth: number | null;
}

export interface EnterpriseTotals {
  readonly table: EnterpriseTable;
  /** Enterprises in the list. */
  readonly enterprises: number;
  readonly leaves: readonly LeafTotal[];
}

/** Hint: sums of two-decimal figures gather binary noise; twelve decimals drop it without touching any real digit. */
const clean = (n: number) => Math.round(n * 1e12) / 1e12;

function _sum(rows: readonly EnterpriseRow[], leaf: EnterpriseLeaf) {
  let sum = 0;
  let reported = 0;
  for (const row of rows) {
    const n = leafNumber(row, leaf);
    if (n === null) continue;
    sum += n;
    reported++;
  }
  return { sum: reported ? clean(sum) : null, reported };
}

function _growth(rows: readonly EnterpriseRow[], leaf: EnterpriseLeaf, before: EnterpriseLeaf | undefined): number | null {
  if (!before || before.column !== leaf.column) return null;
  let now = 0;
  let then = 0;
  for (const row of rows) {
    const [a, b] = [leafNumber(row, leaf), leafNumber(row, before)];
    if (a === null || b === null) continue;
    now += a;
    then += b;
  }
  return then > 0 ? (now / then - 1) * 100 : null;
}

/** Totals of every column and year of the table. */
export function enterpriseTotals(rows: readonly EnterpriseRow[], table: EnterpriseTable): EnterpriseTotals {
  const leaves = table.leaves.map((leaf, i) => ({ leaf, ..._sum(rows, leaf), growth: _growth(rows, leaf, table.leaves[i - 1]) }));
  return { table, enterprises: rows.length, leaves };
}

/** The total of one column (and year). */
export function totalOf(totals: EnterpriseTotals, key: string, year?: number): LeafTotal | undefined {
  return totals.leaves.find((t) => t.leaf.column.key === key && (year === undefined || t.leaf.year === year));
}
