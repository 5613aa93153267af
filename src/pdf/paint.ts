// Writes laid-out pages into a pdf-lib document as content-stream operators: all text of a page in one
// text object, then the rules, then the tick boxes. Headings are bold by filling and stroking the glyphs
// (text render mode 2), which every viewer draws, since no bold face ships.
import {
  beginText,
  endText,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setCharacterSpacing,
  setFontAndSize,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  stroke,
  LineCapStyle,
  LineJoinStyle,
  TextRenderingMode,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFOperator,
} from 'pdf-lib';
import type { DrawOp, PagePlan } from './layout/types';
import { BOLD_STROKE, PAGE } from './style';

type Op<K extends DrawOp['kind']> = Extract<DrawOp, { kind: K }>;

function _text(ops: readonly Op<'text'>[], fontKey: PDFName, font: PDFFont): PDFOperator[] {
  if (ops.length === 0) return [];
  const out: PDFOperator[] = [beginText()];
  let size = -1;
  let spacing = 0;
  let bold = false;
  for (const op of ops) {
    if (op.size !== size) out.push(setFontAndSize(fontKey, (size = op.size)));
    if (op.spacing !== spacing) out.push(setCharacterSpacing((spacing = op.spacing)));
    if (op.bold !== bold) {
      bold = op.bold;
      out.push(setTextRenderingMode(bold ? TextRenderingMode.FillAndOutline : TextRenderingMode.Fill));
    }
    if (bold) out.push(setLineWidth(op.size * BOLD_STROKE));
    out.push(setTextMatrix(1, 0, 0, 1, op.x, op.y), showText(font.encodeText(op.text)));
  }
  out.push(endText());
  return out;
}

function _rules(ops: readonly DrawOp[]): PDFOperator[] {
  const out: PDFOperator[] = [];
  let width = -1;
  for (const op of ops) {
    if (op.kind !== 'rect' && op.kind !== 'rule') continue;
    const w = op.kind === 'rect' ? op.lineWidth : op.width;
    if (w !== width) out.push(...(width >= 0 ? [stroke()] : []), setLineWidth((width = w)));
    if (op.kind === 'rect') out.push(rectangle(op.x, op.y, op.width, op.height));
    else out.push(moveTo(op.x1, op.y1), lineTo(op.x2, op.y2));
  }
  return out.length ? [...out, stroke()] : [];
}

/** A tick box: a square about the height of a character's ink, with a check mark when ticked (☑ / ☐). */
function _box(op: Op<'box'>): PDFOperator[] {
  const side = op.size * 0.78;
  const x = op.x;
  const y = op.y - op.size * 0.02;
  const out = [setLineWidth(Math.max(0.5, op.size * 0.05)), rectangle(x, y, side, side), stroke()];
  if (!op.checked) return out;
  const at = (u: number, v: number) => [x + u * side, y + v * side] as const;
  return [
    ...out,
    setLineWidth(op.size * 0.09),
    moveTo(...at(0.18, 0.5)),
    lineTo(...at(0.42, 0.22)),
    lineTo(...at(0.84, 0.84)),
    stroke(),
  ];
}

/** Adds one A4 page per plan to `doc` and draws it with `font`. */
export function paintPages(doc: PDFDocument, font: PDFFont, pages: readonly PagePlan[]): void {
  for (const plan of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const fontKey = page.node.newFontDictionary('F', font.ref);
    const texts = plan.ops.filter((o): o is Op<'text'> => o.kind === 'text');
    const boxes = plan.ops.filter((o): o is Op<'box'> => o.kind === 'box');
    page.pushOperators(
      pushGraphicsState(),
      setLineCap(LineCapStyle.Round),
      setLineJoin(LineJoinStyle.Round),
      ..._text(texts, fontKey, font),
      ..._rules(plan.ops),
      ...boxes.flatMap(_box),
      popGraphicsState(),
    );
  }
}
