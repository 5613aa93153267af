// Cells and the heights of rows, spans and tables: content height plus padding, spans as tall as the taller
// of their label and their rows.
import { TABLE } from '../style';
import type { TextMeasure } from '../text/metrics';
import { layoutPara } from './paragraph';
import type { Cell, Line, Para, Unit } from './types';

export interface CellOptions {
  readonly valign?: Cell['valign'];
  readonly minHeight?: number;
  readonly border?: boolean;
  readonly padX?: number;
  readonly padY?: number;
}

/** A cell at `x`, `width` wide, holding `paras` laid out inside its padding. */
export function makeCell(x: number, width: number, paras: readonly Para[], measure: TextMeasure, options: CellOptions = {}): Cell {
  const padX = options.padX ?? TABLE.padX;
  const lines = paras.flatMap((p) => layoutPara(p, width - 2 * padX, measure));
  return {
    x,
    width,
    paras,
    lines,
    valign: options.valign ?? 'middle',
    padX,
    padY: options.padY ?? TABLE.padY,
    minHeight: options.minHeight ?? TABLE.minRowHeight,
    border: options.border ?? true,
  };
}

/** Total height of some lines. */
export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((n, l) => n + l.height, 0);
}

/** The height a cell needs. */
export function cellHeight(cell: Cell): number {
  return Math.max(cell.minHeight, linesHeight(cell.lines) + 2 * cell.padY);
}

/** The height a unit needs. */
export function unitHeight(unit: Unit): number {
  switch (unit.kind) {
    case 'row':
      return Math.max(0, ...unit.cells.map(cellHeight));
    case 'span':
      return Math.max(cellHeight(unit.cell), unitsHeight(unit.children));
    case 'table':
      return unitsHeight(unit.header) + unitsHeight(unit.body);
  }
}

/** Total height of units stacked. */
export function unitsHeight(units: readonly Unit[]): number {
  return units.reduce((n, u) => n + unitHeight(u), 0);
}
