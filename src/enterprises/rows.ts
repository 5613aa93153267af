// The data rows of a located table: one enterprise per row, cells kept as text, until the table's 「备注：」 line.
// Empty rows (or rows holding only a 序号) are skipped; a 合计 row is skipped and said, since totals are computed here.
import type { EnterpriseTable } from '../forms/enterpriseTable';
import { enterpriseTableTexts } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import { normaliseNumberText } from '../forms/numbers';
import { cellText } from './cells';
import type { LocatedTable } from './header';
import { placeOf } from './problems';
import type { FileProblem } from './problems';

/** A row read from a file or paste, and where it was (for messages). */
export interface ImportedRow {
  readonly row: EnterpriseRow;
  readonly place: string;
}

export interface SheetRows {
  readonly rows: readonly ImportedRow[];
  readonly problems: readonly FileProblem[];
}

export interface RowSource {
  /** The file's name, or 「粘贴内容」. */
  readonly file: string;
  /** The sheet's name, where the workbook has several. */
  readonly sheet?: string;
  readonly newId: () => string;
}

/** Hint: ten times the largest cluster known (a thousand-odd enterprises); beyond it a file is not a 表1. */
export const MAX_ROWS = 10_000;
const TOTAL = /^(合计|总计|小计)$/;
const NOTE_KEY = enterpriseTableTexts.note.slice(0, 3);

function _isNote(texts: readonly (string | undefined)[]): boolean {
  const first = texts.find((t) => t !== undefined);
  return !!first && (first.startsWith(NOTE_KEY) || first.includes('本表仅用于'));
}

/** A number cell's text: a number read as such is already plain; typed text is normalised (「１２，３４５」 → 「12345」). */
const numberCell = (raw: unknown, text: string) => (typeof raw === 'number' ? text : normaliseNumberText(text));

function _row(cells: readonly unknown[], texts: readonly (string | undefined)[], located: LocatedTable, id: string): EnterpriseRow | undefined {
  const row: Record<string, unknown> = { id };
  let filled = false;
  for (const [c, leaf] of located.columns) {
    const text = texts[c];
    if (text === undefined) continue;
    const value = leaf.column.kind === 'text' ? text : numberCell(cells[c], text);
    // Hint: built in place (not with withLeaf's copies): a thousand rows of twenty-odd cells are read at once.
    if (leaf.sub === undefined) row[leaf.column.key] = value;
    else ((row[leaf.column.key] ??= {}) as Record<string, string>)[String(leaf.year)] = value;
    filled = true;
  }
  return filled ? (row as EnterpriseRow) : undefined;
}

/** The enterprises of a located table. */
export function rowsOf(grid: readonly (readonly unknown[])[], located: LocatedTable, source: RowSource): SheetRows {
  const rows: ImportedRow[] = [];
  const problems: FileProblem[] = [];
  for (let r = located.dataStart; r < grid.length; r++) {
    const cells = grid[r]!;
    const texts = cells.map(cellText);
    if (_isNote(texts)) break;
    if (rows.length >= MAX_ROWS) {
      return { rows: [], problems: [{ kind: 'tooManyRows', severity: 'error', detail: `超过 ${MAX_ROWS} 行，不像是企业发展情况表，整个文件未导入` }] };
    }
    const place = placeOf(source.file, r + 1, source.sheet);
    if (texts.some((t) => TOTAL.test(t ?? ''))) {
      problems.push({ kind: 'totalRowSkipped', severity: 'warning', detail: `${place}是合计行，未导入（合计由本工具计算）` });
      continue;
    }
    const row = _row(cells, texts, located, source.newId());
    if (row) rows.push({ row: { ...row, source: place }, place });
  }
  return { rows, problems };
}

/**
 * Pasted rows without a header: the columns in the order of 表1, with 序号 in front where the rows are wider than
 * the table without it, or start with a whole number followed by text (「1  谷城XX有限公司 …」).
 */
export function positionalTable(table: EnterpriseTable, data: readonly (readonly unknown[])[]): LocatedTable {
  const width = Math.max(0, ...data.map((r) => r.length));
  const [first, second] = (data.find((r) => r.some((c) => cellText(c) !== undefined)) ?? []).map(cellText);
  const serial = /^\d{1,5}$/.test(first ?? '') && !/^[\d.,\s-]*$/.test(second ?? '');
  const offset = width > table.leaves.length || serial ? 1 : 0;
  return { dataStart: 0, columns: new Map(table.leaves.map((leaf, i) => [i + offset, leaf])), problems: [] };
}
