// Writes laid-out pages into a pdf-lib document as content-stream operators: all text of a page in one
// text object, then the rules, then the tick boxes. Headings are bold by filling and stroking the glyphs
// (text render mode 2), which every viewer draws, since no bold face ships. Each tick box also gets its
// character (☑ / □) in the text, invisible (render mode 3), in reading order just before its option's label.
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
import { TICK_MARK } from './font/tickMarks';
import type { DrawOp, PagePlan } from './layout/types';
import { BOLD_STROKE, PAGE } from './style';

type Op<K extends DrawOp['kind']> = Extract<DrawOp, { kind: K }>;

/** The fonts a page is painted with: the text face, and the tick-mark font (absent when no page has a box). */
export interface PaintFonts {
  readonly text: PDFFont;
  readonly marks?: PDFFont;
}

type Keyed = { readonly key: PDFName; readonly font: PDFFont };

/** Text state as the operators leave it, so only changes are written. */
class TextState {
  font: PDFName | undefined;
  size = -1;
  spacing = 0;
  mode: TextRenderingMode = TextRenderingMode.Fill;

  set(out: PDFOperator[], font: PDFName, size: number, spacing: number, mode: TextRenderingMode): void {
    if (font !== this.font || size !== this.size) out.push(setFontAndSize((this.font = font), (this.size = size)));
    if (spacing !== this.spacing) out.push(setCharacterSpacing((this.spacing = spacing)));
    if (mode !== this.mode) out.push(setTextRenderingMode((this.mode = mode)));
  }
}

function _text(ops: readonly (Op<'text'> | Op<'box'>)[], text: Keyed, marks: Keyed | undefined): PDFOperator[] {
  if (ops.length === 0) return [];
  const out: PDFOperator[] = [beginText()];
  const state = new TextState();
  for (const op of ops) {
    if (op.kind === 'box') {
      if (!marks) continue;
      state.set(out, marks.key, op.size, 0, TextRenderingMode.Invisible);
      const mark = op.checked ? TICK_MARK.checked : TICK_MARK.unchecked;
      out.push(setTextMatrix(1, 0, 0, 1, op.x, op.y), showText(marks.font.encodeText(mark)));
      continue;
    }
    state.set(out, text.key, op.size, op.spacing, op.bold ? TextRenderingMode.FillAndOutline : TextRenderingMode.Fill);
    if (op.bold) out.push(setLineWidth(op.size * BOLD_STROKE));
    out.push(setTextMatrix(1, 0, 0, 1, op.x, op.y), showText(text.font.encodeText(op.text)));
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

/** Adds one A4 page per plan to `doc` and draws it with `fonts`. */
export function paintPages(doc: PDFDocument, fonts: PaintFonts, pages: readonly PagePlan[]): void {
  for (const plan of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    const text = { key: page.node.newFontDictionary('F', fonts.text.ref), font: fonts.text };
    const boxes = plan.ops.filter((o): o is Op<'box'> => o.kind === 'box');
    const marks = fonts.marks && boxes.length ? { key: page.node.newFontDictionary('M', fonts.marks.ref), font: fonts.marks } : undefined;
    const written = plan.ops.filter((o): o is Op<'text'> | Op<'box'> => o.kind === 'text' || o.kind === 'box');
    page.pushOperators(
      pushGraphicsState(),
      setLineCap(LineCapStyle.Round),
      setLineJoin(LineJoinStyle.Round),
      ..._text(written, text, marks),
      ..._rules(plan.ops),
      ...boxes.flatMap(_box),
      popGraphicsState(),
    );
  }
}
