// Row builders: a label and its value side by side, one cell across the frame, or cells at given columns.
import { makeCell, type CellOptions } from '../layout/cell';
import type { Para, RowUnit } from '../layout/types';
import { TABLE } from '../style';
import { valueColumn, type Column, type Frame, type RenderContext } from './context';

/** Height of `n` table lines plus padding: room to write by hand. */
export function linesRoom(n: number): number {
  return n * TABLE.size * TABLE.lineHeight + 2 * TABLE.padY;
}

/** A label cell and a value cell. */
export function pairRow(ctx: RenderContext, frame: Frame, label: readonly Para[], value: readonly Para[], valueOptions: CellOptions = {}): RowUnit {
  const column = valueColumn(frame);
  return {
    kind: 'row',
    cells: [
      makeCell(frame.x, frame.labelWidth, label, ctx.measure),
      makeCell(column.x, column.width, value, ctx.measure, { valign: 'middle', ...valueOptions }),
    ],
  };
}

/** One cell across the whole frame. */
export function fullRow(ctx: RenderContext, frame: Frame, paras: readonly Para[], options: CellOptions = {}): RowUnit {
  return { kind: 'row', cells: [makeCell(frame.x, frame.width, paras, ctx.measure, options)] };
}

/** Cells at the given columns. */
export function cellsRow(ctx: RenderContext, cells: readonly { column: Column; paras: readonly Para[]; options?: CellOptions }[]): RowUnit {
  return { kind: 'row', cells: cells.map((c) => makeCell(c.column.x, c.column.width, c.paras, ctx.measure, c.options)) };
}

/** Borderless running text across the frame, breakable between lines at a page end. */
export function flowRow(ctx: RenderContext, frame: Frame, paras: readonly Para[], keepWithNext = false): RowUnit {
  const cell = makeCell(frame.x, frame.width, paras, ctx.measure, { border: false, padX: 0, padY: 0, minHeight: 0, valign: 'top' });
  return { kind: 'row', cells: [cell], flow: true, keepWithNext };
}

/** Empty vertical space. */
export function spaceRow(frame: Frame, height: number): RowUnit {
  const cell = { x: frame.x, width: frame.width, paras: [], lines: [], valign: 'top', padX: 0, padY: 0, minHeight: height, border: false } as const;
  return { kind: 'row', cells: [cell] };
}
