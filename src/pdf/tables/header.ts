// A table document's header: the column tree as a grid of cells. A group's cell spans its leaves across one level;
// a leaf above the deepest level spans down to the last (序号, 企业名称 beside 产值（亿元） over its years).
import { makeCell } from '../layout/cell';
import { cellHeight } from '../layout/cell';
import type { Cell } from '../layout/types';
import type { TextMeasure } from '../text/metrics';
import { TABLE_DOC } from './geometry';
import type { TableColumn, TableLeafColumn } from './types';

/** A leaf column placed across the page. */
export interface PlacedLeaf {
  readonly column: TableLeafColumn;
  readonly x: number;
  readonly width: number;
}

/** A header cell: its cell, its first level and how many levels it spans. */
export interface HeaderCell {
  readonly cell: Cell;
  readonly level: number;
  readonly levels: number;
}

export interface TableHeader {
  readonly cells: readonly HeaderCell[];
  /** Height of each level. */
  readonly heights: readonly number[];
  readonly height: number;
}

const _leavesOf = (c: TableColumn): TableLeafColumn[] => ('children' in c ? c.children.flatMap(_leavesOf) : [c]);
const _depth = (c: TableColumn): number => ('children' in c ? 1 + Math.max(...c.children.map(_depth)) : 1);

/** The leaves, their widths in proportion across `width` from `x`. */
export function placeLeaves(columns: readonly TableColumn[], x: number, width: number): PlacedLeaf[] {
  const leaves = columns.flatMap(_leavesOf);
  const total = leaves.reduce((n, l) => n + l.width, 0);
  let at = x;
  return leaves.map((column) => {
    const w = (column.width / total) * width;
    const placed = { column, x: at, width: w };
    at += w;
    return placed;
  });
}

const _para = (label: string) => ({ runs: [{ kind: 'text', text: label }], size: TABLE_DOC.cell, align: 'center', leading: TABLE_DOC.leading }) as const;

function _cells(columns: readonly TableColumn[], leaves: readonly PlacedLeaf[], level: number, depth: number, measure: TextMeasure, out: HeaderCell[]): void {
  let index = 0;
  const all = leaves.map((l) => l.column);
  for (const c of columns) {
    const own = _leavesOf(c);
    const first = leaves[all.indexOf(own[0]!, index)]!;
    const last = leaves[all.indexOf(own[own.length - 1]!, index)]!;
    index = all.indexOf(own[own.length - 1]!, index) + 1;
    const levels = 'children' in c ? 1 : depth - level;
    const cell = makeCell(first.x, last.x + last.width - first.x, [_para(c.label)], measure, { padX: TABLE_DOC.padX, padY: TABLE_DOC.padY, minHeight: TABLE_DOC.minRowHeight });
    out.push({ cell, level, levels });
    if ('children' in c) _cells(c.children, leaves, level + 1, depth, measure, out);
  }
}

/** The header grid; each level as tall as its tallest one-level cell, the last levels grown for taller spans. */
export function layoutHeader(columns: readonly TableColumn[], leaves: readonly PlacedLeaf[], measure: TextMeasure): TableHeader {
  const depth = Math.max(...columns.map(_depth));
  const cells: HeaderCell[] = [];
  _cells(columns, leaves, 0, depth, measure, cells);
  const heights = Array.from({ length: depth }, (_, level) =>
    Math.max(TABLE_DOC.minRowHeight, ...cells.filter((c) => c.level === level && c.levels === 1).map((c) => cellHeight(c.cell))),
  );
  for (const c of cells.filter((h) => h.levels > 1)) {
    const spanned = heights.slice(c.level, c.level + c.levels).reduce((n, h) => n + h, 0);
    const need = cellHeight(c.cell) - spanned;
    if (need > 0) heights[c.level + c.levels - 1]! += need;
  }
  return { cells, heights, height: heights.reduce((n, h) => n + h, 0) };
}
