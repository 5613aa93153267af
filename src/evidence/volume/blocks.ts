// Small drawing helpers shared by the volume's own pages: paragraphs and borderless blocks on the form's A4 版心
// (GB/T 9704 margins, src/pdf/style.ts), placed from the top of the page.
import { cellHeight, makeCell } from '../../pdf/layout/cell';
import { drawCell } from '../../pdf/layout/draw';
import type { Cell, DrawOp, Para, Run } from '../../pdf/layout/types';
import { BODY } from '../../pdf/style';
import type { TextMeasure } from '../../pdf/text/metrics';

export const text = (t: string, underline = false): Run => ({ kind: 'text', text: t, ...(underline ? { underline } : {}) });

/** A paragraph of one text. */
export function para(t: string, size: number, options: Partial<Para> = {}): Para {
  return { runs: [text(t)], size, leading: 1.5, ...options };
}

/** A borderless block across the 版心 (or from `x`, `width` wide). */
export function block(paras: readonly Para[], measure: TextMeasure, x = BODY.x, width = BODY.width): Cell {
  return makeCell(x, width, paras, measure, { border: false, padX: 0, padY: 0, minHeight: 0, valign: 'top' });
}

/** Draws `cell` with its top at `top` (from the page's top) and returns the top of what follows. */
export function place(ops: DrawOp[], cell: Cell, top: number): number {
  const height = cellHeight(cell);
  drawCell(ops, cell, top, height);
  return top + height;
}
