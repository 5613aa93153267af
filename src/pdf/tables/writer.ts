// Writes a table document (types.ts) as a PDF: the same font, subset naming, painter and cell layout as the form's
// writer (../writer.ts), on A4 landscape pages. Pure apart from the font it is handed; runs in a Web Worker or Node.
import { PDFDocument } from 'pdf-lib';
import { embedSubsetFont, nameSubsetAfter } from '../font/embedSubsetFont';
import type { PagePlan } from '../layout/types';
import { paintPages } from '../paint';
import { printable, undrawable } from '../text/clean';
import { textMeasure } from '../text/metrics';
import { SHEET } from './geometry';
import { layoutTableDocument } from './layout';
import type { TableColumn, TableDocument } from './types';

export interface WriteTablePdfInput {
  readonly document: TableDocument;
  /** The TrueType font (fonts/NotoSerifSC-Regular.subset.ttf). */
  readonly fontBytes: Uint8Array;
  /** Written as the creation date; defaults to now (tests pass a fixed one so output is reproducible). */
  readonly date?: Date;
}

export interface WrittenTablePdf {
  readonly bytes: Uint8Array;
  readonly pages: readonly PagePlan[];
  /** Characters the font lacks (printed as 〓), in order of first appearance. */
  readonly missing: readonly string[];
}

const _labels = (c: TableColumn): string[] => [c.label, ...('children' in c ? c.children.flatMap(_labels) : [])];

/** Every text the document prints. */
export function tableTexts(doc: TableDocument): string[] {
  const lines = (doc.headerLines ?? []).flatMap((l) => [l.left ?? '', l.right ?? '']);
  const cells = doc.rows.flatMap((r) => r.cells.map((c) => c ?? ''));
  return [doc.title, ...lines, ...doc.columns.flatMap(_labels), ...cells, doc.footnote ?? ''].filter((t) => t !== '');
}

function* _drawn(pages: readonly PagePlan[]): Generator<string> {
  for (const page of pages) for (const op of page.ops) if (op.kind === 'text') yield op.text;
}

/** Writes the document; returns the bytes, the page plans and the characters the font lacks. */
export async function writeTablePdf(input: WriteTablePdfInput): Promise<WrittenTablePdf> {
  const doc = await PDFDocument.create();
  const font = await embedSubsetFont(doc, input.fontBytes);
  const coverage = new Set(font.getCharacterSet());
  const covers = { hasGlyphForCodePoint: (cp: number) => coverage.has(cp) };
  const measure = textMeasure((ch) => font.widthOfTextAtSize(ch, 1), (t) => printable(t, covers));
  const pages = layoutTableDocument(input.document, measure);
  paintPages(doc, { text: font }, pages);
  // Hint: paintPages adds portrait A4 pages; the content was laid out for landscape (geometry.ts), so turn the pages.
  for (const page of doc.getPages()) page.setSize(SHEET.width, SHEET.height);
  nameSubsetAfter(font, _drawn(pages));
  const date = input.date ?? new Date();
  doc.setTitle(input.document.title, { showInWindowTitleBar: true });
  if (input.document.subject) doc.setSubject(input.document.subject);
  doc.setLanguage('zh-CN');
  doc.setCreator('集群申报助手');
  doc.setProducer('集群申报助手（pdf-lib）');
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  const missing = [...new Set(tableTexts(input.document).flatMap((t) => undrawable(t, covers)))];
  return { bytes: await doc.save({ useObjectStreams: true }), pages, missing };
}
