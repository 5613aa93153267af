// Turns placed units into drawing operations: each cell's border and lines, spans stretched so their last
// row takes up any height the label needs beyond the rows.
import { PAGE, TABLE } from '../style';
import { linesHeight, unitHeight } from './cell';
import type { Cell, DrawOp, Line, Unit } from './types';

/** Page y (from the top) to PDF y (from the bottom). */
const pdfY = (top: number) => PAGE.height - top;

function _drawLine(ops: DrawOp[], line: Line, left: number, top: number): void {
  const baseline = pdfY(top + line.baseline);
  for (const item of line.items) {
    const x = left + item.x;
    if (item.kind === 'text') ops.push({ kind: 'text', x, y: baseline, text: item.text, size: item.size, bold: item.bold, spacing: item.spacing });
    else if (item.kind === 'box') ops.push({ kind: 'box', x, y: baseline, size: item.size, checked: item.checked });
    else {
      const y = baseline - item.size * 0.2;
      ops.push({ kind: 'rule', x1: x, y1: y, x2: x + item.width, y2: y, width: 0.5 });
    }
  }
}

/** Draws a cell `height` tall with its top at `top` (page coordinates from the top). */
export function drawCell(ops: DrawOp[], cell: Cell, top: number, height: number): void {
  if (cell.border) ops.push({ kind: 'rect', x: cell.x, y: pdfY(top + height), width: cell.width, height, lineWidth: TABLE.rule });
  const content = linesHeight(cell.lines);
  let y = cell.valign === 'middle' ? top + (height - content) / 2 : top + cell.padY;
  for (const line of cell.lines) {
    _drawLine(ops, line, cell.x + cell.padX, y);
    y += line.height;
  }
}

/** Draws a unit with its top at `top`, `height` tall (at least its natural height). */
export function drawUnit(ops: DrawOp[], unit: Unit, top: number, height = unitHeight(unit)): void {
  if (unit.kind === 'row') {
    for (const cell of unit.cells) drawCell(ops, cell, top, height);
    return;
  }
  const children = unit.kind === 'span' ? unit.children : [...unit.header, ...unit.body];
  if (unit.kind === 'span') drawCell(ops, unit.cell, top, height);
  const heights = children.map((c) => unitHeight(c));
  const extra = height - heights.reduce((n, h) => n + h, 0);
  let y = top;
  children.forEach((child, i) => {
    const h = heights[i]! + (i === children.length - 1 ? Math.max(0, extra) : 0);
    drawUnit(ops, child, y, h);
    y += h;
  });
}
