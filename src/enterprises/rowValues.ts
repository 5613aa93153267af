// Reading and writing one cell of an enterprise's row: a year column keeps `{ "2019": "…" }`, others a text.
import type { EnterpriseLeaf } from '../forms/enterpriseTable';
import type { EnterpriseRow, YearTexts } from '../forms/enterpriseValues';
import { parseNumberText } from '../forms/numbers';

type Writable = { -readonly [K in keyof EnterpriseRow]: EnterpriseRow[K] };

/** The typed text of a cell, or undefined when empty. */
export function leafText(row: EnterpriseRow, leaf: EnterpriseLeaf): string | undefined {
  const raw = row[leaf.column.key];
  const text = leaf.sub !== undefined ? (raw as YearTexts | undefined)?.[String(leaf.year)] : (raw as string | undefined);
  return text === undefined || text.trim() === '' ? undefined : text;
}

const parsedCells = new WeakMap<EnterpriseRow, Map<EnterpriseLeaf, number | null>>();

/**
 * A cell's number, or null when empty or not a number.
 * Hint: remembered per row object (rows are replaced, never changed in place), so checks, totals and the form's
 * figures parse each cell of a thousand-enterprise list once.
 */
export function leafNumber(row: EnterpriseRow, leaf: EnterpriseLeaf): number | null {
  let cells = parsedCells.get(row);
  if (!cells) parsedCells.set(row, (cells = new Map()));
  let n = cells.get(leaf);
  if (n === undefined) {
    const parsed = parseNumberText(leafText(row, leaf));
    cells.set(leaf, (n = parsed.kind === 'number' ? parsed.value : null));
  }
  return n;
}

/** The row with one cell set (an empty text clears it; an emptied year object goes away). */
export function withLeaf(row: EnterpriseRow, leaf: EnterpriseLeaf, text: string | undefined): EnterpriseRow {
  const value = text === undefined || text.trim() === '' ? undefined : text;
  const next: Writable = { ...row };
  const key = leaf.column.key;
  if (leaf.sub === undefined) {
    if (value === undefined) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
    return next;
  }
  const years: Record<string, string | undefined> = { ...((row[key] as YearTexts | undefined) ?? {}) };
  if (value === undefined) delete years[String(leaf.year)];
  else years[String(leaf.year)] = value;
  if (Object.keys(years).length) (next as Record<string, unknown>)[key] = years;
  else delete next[key];
  return next;
}
