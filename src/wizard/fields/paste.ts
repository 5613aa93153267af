// Pasting a block copied from Excel or WPS (tabs between cells, newlines between rows) into a table of the form:
// each figure read as its cell takes it, spread over the cells from the focused one. Pure functions; grid.tsx
// applies the result to the draft and offers to undo it.
import { cellTextOnLeave, normaliseNumberText, plainDigits } from '../../forms/numbers';
import type { Field } from '../../forms/types';
import { cellSpec } from '../../rules';
import type { CellSpec } from '../../rules';

/** One cell of a table, as the grid knows it: the field and the path inside its value. */
export interface GridCell {
  readonly field: Field;
  readonly path?: string;
}

/** A table's cells by row and column; null where the row has no cell in that column (a single value's row). */
export type Grid = readonly (readonly (GridCell | null)[])[];

/** The clipboard's text as rows of cells. Hint: spreadsheets end the copy with a newline and quote cells holding one. */
export function clipboardRows(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return rows.map((row) => row.split('\t').map((cell) => cell.trim().replace(/^"(.*)"$/s, '$1').trim()));
}

const _isNumber = (t: string) => /^-?\d+(\.\d+)?$/.test(normaliseNumberText(t));

/** A leading column of labels (「集群总产值（亿元）」) copied with the figures: every row starts with words. */
function _labelColumn(rows: readonly string[][]): boolean {
  return rows.every((r) => r.length > 1 && r[0] !== '' && !_isNumber(r[0]!)) && rows.some((r) => r.slice(1).some(_isNumber));
}

/** The block to place, without a label column copied along; says whether one was left out. */
export function figuresOf(rows: readonly string[][]): { block: string[][]; labels: boolean } {
  return _labelColumn(rows) ? { block: rows.map((r) => r.slice(1)), labels: true } : { block: rows.map((r) => [...r]), labels: false };
}

/** The words a figure may carry for the cell's unit: the unit itself, a count's measure words, %. */
function _unitWords(spec: CellSpec): string[] {
  const words = spec.unit ? [spec.unit] : [];
  if (spec.measure === 'count') words.push('家', '户', '个', '人', '件', '项', '名', '所');
  if (spec.measure === 'share' || spec.measure === 'growth') words.push('%');
  return words;
}

/**
 * A pasted figure as its cell keeps it: normalised (full-width digits, separators) and written with two decimals
 * where it has one; a trailing unit the cell is in is taken off and said. Anything else is kept as copied, so the
 * cell's own message (and its offer, for 「1.05万」) follows — nothing is lost or converted unasked.
 */
export function pastedText(raw: string, spec: CellSpec | undefined): { text: string; unit?: string } {
  if (!spec || raw === '') return { text: raw };
  if (_isNumber(raw)) return { text: cellTextOnLeave(raw, spec.measure) };
  const plain = plainDigits(raw);
  const unit = _unitWords(spec).find((w) => plain.endsWith(w) && _isNumber(plain.slice(0, -w.length)));
  return unit ? { text: cellTextOnLeave(plain.slice(0, -unit.length), spec.measure), unit } : { text: raw };
}

/** One cell's new text. */
export interface CellWrite {
  readonly cell: GridCell;
  readonly text: string;
}

/** What a paste does: the writes, the block's size, what did not fit, and the units taken off. */
export interface PastePlan {
  readonly writes: readonly CellWrite[];
  readonly rows: number;
  readonly cols: number;
  /** Figures that fell outside the table (or on a row without that column). */
  readonly outside: number;
  readonly labels: boolean;
  readonly units: readonly string[];
}

/** The block spread over the grid from the cell at (row, col), left to right and down. */
export function planPaste(grid: Grid, row: number, col: number, text: string): PastePlan {
  const { block, labels } = figuresOf(clipboardRows(text));
  const writes: CellWrite[] = [];
  const units = new Set<string>();
  let outside = 0;
  block.forEach((cells, i) =>
    cells.forEach((raw, j) => {
      const cell = grid[row + i]?.[col + j];
      if (!cell) return void (raw !== '' && outside++);
      const pasted = pastedText(raw, cellSpec(cell.field, cell.path));
      if (pasted.unit) units.add(pasted.unit);
      writes.push({ cell, text: pasted.text });
    }),
  );
  return { writes, rows: block.length, cols: Math.max(0, ...block.map((r) => r.length)), outside, labels, units: [...units] };
}

/** 「已粘贴 3×2 个数值」, with what was left out or taken off. */
export function pasteSummary(plan: PastePlan): string {
  const parts = [`已粘贴 ${plan.rows}×${plan.cols} 个数值`];
  if (plan.labels) parts.push('首列文字未粘贴');
  if (plan.units.length) parts.push(`已去掉单位“${plan.units.join('”“')}”`);
  if (plan.outside) parts.push(`${plan.outside} 个超出表格，未粘贴`);
  return parts.join('；');
}
