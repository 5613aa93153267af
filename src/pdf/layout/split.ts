// Splitting a unit at a page end: running text between lines, spans and tables between their rows.
// A table row is never split unless it alone is taller than a page (then between lines, so nothing is lost).
import { cellHeight, linesHeight, unitHeight, unitsHeight } from './cell';
import type { Cell, Line, RowUnit, SpanUnit, TableUnit, Unit } from './types';

export interface Split {
  /** What fits in the space given; null when nothing does (then `tail` is the whole unit). */
  readonly head: Unit | null;
  /** What is left for the next page; null when the whole unit fitted. */
  readonly tail: Unit | null;
}

const NOTHING: Split = { head: null, tail: null };

/** Lines of `lines` that fit in `room`; running text keeps at least two lines on each side when it can. */
function _fittingLines(lines: readonly Line[], room: number, flow: boolean): number {
  let n = 0;
  let used = 0;
  while (n < lines.length && used + lines[n]!.height <= room + 0.01) used += lines[n++]!.height;
  if (flow && lines.length >= 4) {
    if (n < 2) return 0;
    if (lines.length - n < 2 && n < lines.length) n = lines.length - 2;
  }
  return n;
}

function _splitCell(cell: Cell, room: number, flow: boolean): [Cell, Cell] | null {
  const n = _fittingLines(cell.lines, room - 2 * cell.padY, flow);
  if (n === 0 && cell.lines.length > 0) return null;
  const head: Cell = { ...cell, lines: cell.lines.slice(0, n), minHeight: 0, valign: 'top' };
  const tail: Cell = { ...cell, lines: cell.lines.slice(n), minHeight: Math.max(0, cell.minHeight - room), valign: 'top' };
  return [head, tail];
}

function _splitRow(row: RowUnit, room: number, page: number): Split {
  const oversized = unitHeight(row) > page;
  if (!row.flow && !oversized) return NOTHING;
  // Hint: only a cell taller than a page is cut; its neighbours (the label) stay whole, on the page it starts on.
  if (oversized && row.cells.some((c) => cellHeight(c) <= page && cellHeight(c) > room)) return NOTHING;
  const parts = row.cells.map((c) => (cellHeight(c) <= room ? ([c, { ...c, lines: [], minHeight: 0 }] as [Cell, Cell]) : _splitCell(c, room, row.flow === true)));
  if (parts.some((p) => p === null)) return NOTHING;
  const pairs = parts as [Cell, Cell][];
  if (pairs.every(([head]) => head.lines.length === 0)) return NOTHING;
  if (pairs.every(([, tail]) => tail.lines.length === 0)) return { head: row, tail: null };
  return { head: { ...row, cells: pairs.map(([h]) => h) }, tail: { ...row, cells: pairs.map(([, t]) => t), keepWithNext: row.keepWithNext } };
}

/** Children that fit in `room`, the first one that does not split at the boundary. */
function _splitChildren(children: readonly Unit[], room: number, page: number): { head: Unit[]; tail: Unit[] } {
  const head: Unit[] = [];
  let used = 0;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const h = unitHeight(child);
    if (used + h <= room + 0.01) {
      head.push(child);
      used += h;
      continue;
    }
    const part = splitUnit(child, room - used, page);
    if (part.head) head.push(part.head);
    const tail = [...(part.tail ? [part.tail] : []), ...children.slice(i + 1)];
    // Hint: a note goes with the item it is about; the item moves over with it while something stays behind.
    if (!part.head && _clings(tail[0]) && head.length > 1) tail.unshift(head.pop()!);
    return { head, tail };
  }
  return { head, tail: [] };
}

const _clings = (unit: Unit | undefined) => unit?.kind === 'row' && unit.keepWithPrevious === true;

function _splitSpan(span: SpanUnit, room: number, page: number): Split {
  const oversized = unitHeight(span) > page;
  if (span.keepTogether && !oversized) return NOTHING;
  const label = cellHeight(span.cell);
  // Hint: a label that fits on a page is never cut: the span then starts on the next page instead.
  if (label > room && label <= page) return NOTHING;
  const { head, tail } = _splitChildren(span.children, room, page);
  if (head.length === 0) return NOTHING;
  const labelParts = label > room ? _splitCell(span.cell, room, false) : null;
  const headCell = labelParts ? labelParts[0] : span.cell;
  const tailCell = labelParts ? labelParts[1] : span.cell;
  return { head: { ...span, cell: headCell, children: head }, tail: tail.length ? { ...span, cell: tailCell, children: tail } : null };
}

function _splitTable(table: TableUnit, room: number, page: number): Split {
  const headerHeight = unitsHeight(table.header);
  const { head, tail } = _splitChildren(table.body, room - headerHeight, page - headerHeight);
  if (head.length === 0) return NOTHING;
  return { head: { ...table, body: head }, tail: tail.length ? { ...table, body: tail } : null };
}

/**
 * Splits `unit` so its head fits in `room`. `page` is the room on a fresh page: a unit taller than that
 * must be split somewhere, even where it otherwise would not be.
 */
export function splitUnit(unit: Unit, room: number, page: number): Split {
  if (unitHeight(unit) <= room + 0.01) return { head: unit, tail: null };
  const split = _split(unit, room, page);
  return split.head ? split : { head: null, tail: unit };
}

function _split(unit: Unit, room: number, page: number): Split {
  switch (unit.kind) {
    case 'row':
      return _splitRow(unit, room, page);
    case 'span':
      return _splitSpan(unit, room, page);
    case 'table':
      return _splitTable(unit, room, page);
  }
}

/** Height of the smallest first piece of a unit (for keeping a heading with what follows it). */
export function firstPieceHeight(unit: Unit): number {
  switch (unit.kind) {
    case 'row':
      return unit.flow ? Math.max(...unit.cells.map((c) => linesHeight(c.lines.slice(0, 2)) + 2 * c.padY)) : unitHeight(unit);
    case 'span':
      return unit.keepTogether ? unitHeight(unit) : Math.max(cellHeight(unit.cell), unit.children[0] ? firstPieceHeight(unit.children[0]) : 0);
    case 'table':
      return unitsHeight(unit.header) + (unit.body[0] ? firstPieceHeight(unit.body[0]) : 0);
  }
}
