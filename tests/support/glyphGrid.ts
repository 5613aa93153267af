// Draws characters one per cell of a grid at known coordinates, so that after
// rendering each cell can be checked for ink on its own: a blank cell is a
// character the PDF viewer could not draw. Used by the font tests and by
// scripts/font/compare-engines.mjs (which is why it imports with .ts extensions).
import { PageSizes, PDFDocument, type PDFFont } from 'pdf-lib';
import { inkInBox, pdfText, renderPdf, RENDERERS, type PdfBox, type Renderer } from './pdfRender.ts';

export interface GridCell {
  ch: string;
  /** Where drawText puts the character: left edge and baseline, in points. */
  x: number;
  baseline: number;
  /** Where the glyph's ink must fall: its em box, a little enlarged, around the baseline. */
  box: PdfBox;
}

export interface GlyphGridPdf {
  pdf: Uint8Array;
  cells: GridCell[];
}

/** Embeds the font under test into the document (through whichever fontkit is being tried). */
export type EmbedFont = (doc: PDFDocument) => Promise<PDFFont>;

const SIZE = 16; // pt
const PITCH = 24; // pt between cells: leaves 8 pt of white between neighbours' em boxes
const MARGIN = 36;

/** Lays the characters out one per cell on A4 pages, row by row from the top left. */
export function gridCells(chars: string[]): GridCell[] {
  const [pageWidth, pageHeight] = PageSizes.A4;
  const cols = Math.floor((pageWidth - 2 * MARGIN) / PITCH);
  const rows = Math.floor((pageHeight - 2 * MARGIN) / PITCH);
  return chars.map((ch, i) => {
    const page = Math.floor(i / (cols * rows));
    const row = Math.floor(i / cols) % rows;
    const col = i % cols;
    const x = MARGIN + col * PITCH;
    const baseline = pageHeight - MARGIN - (row + 1) * PITCH + 0.25 * PITCH;
    // The em box spans 0.88 em above and 0.12 em below the baseline; allow 0.15 em more
    // each way for accents and descenders. Neighbours' boxes never overlap it.
    const box = { page, x: x - 2, y: baseline - 0.27 * SIZE, width: SIZE + 4, height: 1.3 * SIZE };
    return { ch, x, baseline, box };
  });
}

/** Builds the grid PDF, drawing each character with the font `embed` puts in. */
export async function buildGlyphGridPdf(chars: string[], embed: EmbedFont): Promise<GlyphGridPdf> {
  const doc = await PDFDocument.create();
  const font = await embed(doc);
  const cells = gridCells(chars);
  const pages = [];
  for (const cell of cells) {
    while (pages.length <= cell.box.page) pages.push(doc.addPage(PageSizes.A4));
    pages[cell.box.page]!.drawText(cell.ch, { x: cell.x, y: cell.baseline, size: SIZE, font });
  }
  // A fixed date keeps the bytes of two runs comparable.
  const fixed = new Date('2024-01-01T00:00:00Z');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);
  const pdf = await doc.save();
  return { pdf, cells };
}

export interface InkReport {
  renderer: Renderer;
  pages: number;
  /** Characters whose cell rendered with no ink at all. */
  blank: string[];
  warnings: string;
}

/** Renders with each renderer and lists the cells left blank. */
export function blankCells(grid: GlyphGridPdf, renderers: readonly Renderer[] = RENDERERS): InkReport[] {
  return renderers.map((renderer) => {
    const { pages, warnings } = renderPdf(grid.pdf, renderer);
    const blank = grid.cells.filter((cell) => inkInBox(pages, cell.box) === 0).map((cell) => cell.ch);
    return { renderer, pages: pages.length, blank, warnings };
  });
}

/**
 * Compares what pdftotext extracts, page by page and ignoring whitespace, with the
 * characters drawn there. Returns the characters that came back wrong, as "expected→got".
 */
export function textMismatches(grid: GlyphGridPdf): string[] {
  const pages = pdfText(grid.pdf).map((page) => [...page.replace(/\s+/gu, '')]);
  const expected: string[][] = [];
  for (const cell of grid.cells) (expected[cell.box.page] ??= []).push(cell.ch);
  const wrong: string[] = [];
  expected.forEach((chars, p) => {
    const got = pages[p] ?? [];
    chars.forEach((ch, i) => {
      if (got[i] !== ch) wrong.push(`${ch}→${got[i] ?? '∅'}`);
    });
    if (got.length > chars.length) wrong.push(`extra on page ${p + 1}: ${got.slice(chars.length).join('')}`);
  });
  return wrong;
}
