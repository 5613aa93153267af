// The committed Chinese font, embedded as a subset through the fontkit adapter, must
// come out drawable in the viewers' engines (poppler, mupdf), valid, and copyable.
// Each character is drawn in its own grid cell and the cell is checked for ink.
import type { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedSubsetFont, subsetFontName } from '../../../src/pdf/font/embedSubsetFont.ts';
import { openFont } from '../../../src/pdf/font/fontkitAdapter.ts';
import { missingCharacters } from '../../../src/pdf/font/missingGlyphs.ts';
import { drawableDistinct, longSample, readFontBytes, SHORT_TEXT } from '../../support/fontSample.ts';
import { oldFontkit } from '../../support/oldFontkit.ts';
import { blankCells, buildGlyphGridPdf, textMismatches, type GlyphGridPdf } from '../../support/glyphGrid.ts';
import { pdfFonts, qpdfCheck } from '../../support/pdfRender.ts';

/** Rendering every glyph with poppler and mupdf: ~8 s idle, over 30 s on two loaded cores (issue 16). */
const RENDER_MS = 120_000;

const fontBytes = readFontBytes();
const font = openFont(fontBytes);
const grids: Record<'short' | 'long', GlyphGridPdf> = {} as Record<'short' | 'long', GlyphGridPdf>;

beforeAll(async () => {
  const embed = (doc: PDFDocument) => embedSubsetFont(doc, fontBytes);
  grids.short = await buildGlyphGridPdf(drawableDistinct(SHORT_TEXT, font), embed);
  grids.long = await buildGlyphGridPdf(longSample(font, 3), embed);
}, RENDER_MS);

describe('the short form text', () => {
  it('lacks only ☑ and ☐, which the writer must draw as shapes', () => {
    expect(missingCharacters(SHORT_TEXT, font)).toEqual(['☑', '☐']);
  });

  it('has ≈60 distinct characters whose subset glyph data stays under 64 KB (short loca)', () => {
    expect(grids.short.cells.length).toBeGreaterThanOrEqual(60);
    expect(grids.short.pdf.length).toBeLessThan(64 * 1024);
  });
});

describe.each(['short', 'long'] as const)('the %s glyph-grid PDF', (name) => {
  it('has ink in every character cell under poppler and mupdf, with no renderer complaints', () => {
    for (const report of blankCells(grids[name])) {
      expect({ renderer: report.renderer, blank: report.blank.join(''), warnings: report.warnings }).toEqual({
        renderer: report.renderer,
        blank: '',
        warnings: '',
      });
    }
  }, RENDER_MS);

  // Hint: the long grid's PDF is 880 KB; poppler's tools over it take seconds on a busy 2-core machine.
  it('passes qpdf --check', () => {
    expect(() => qpdfCheck(grids[name].pdf)).not.toThrow();
  }, 30_000);

  it('embeds one CID TrueType font, as a named subset with a ToUnicode map', () => {
    const fonts = pdfFonts(grids[name].pdf);
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
    expect(fonts[0]?.name).toMatch(/^[A-Z]{6}\+NotoSerifSC-Regular$/);
  }, 30_000);

  it('gives every character back through pdftotext', () => {
    expect(textMismatches(grids[name])).toEqual([]);
  }, 30_000);
});

describe('the long glyph-grid PDF', () => {
  it('draws at least 3000 distinct characters, from every kind in the set', () => {
    const chars = grids.long.cells.map((c) => c.ch);
    expect(new Set(chars).size).toBeGreaterThanOrEqual(3000);
    expect(chars.some((ch) => (ch.codePointAt(0) ?? 0) > 0xffff)).toBe(true); // Extension B+ in 通用规范汉字表
    expect(chars.some((ch) => /[\uFF01-\uFF5E]/u.test(ch))).toBe(true);
    expect(chars.some((ch) => /[\x21-\x7E]/u.test(ch))).toBe(true);
  });
});

describe('the ink check itself', () => {
  // Control: the fork pdf-lib documents corrupts short subsets of this font; if the
  // check did not see blank cells here it could not be trusted to see them anywhere.
  it('finds the blank characters @pdf-lib/fontkit 1.1.1 produces', async () => {
    const grid = await buildGlyphGridPdf(drawableDistinct(SHORT_TEXT, font), async (doc) => {
      doc.registerFontkit(oldFontkit);
      return doc.embedFont(fontBytes, { subset: true, customName: subsetFontName(font.postscriptName, 0) });
    });
    const [poppler] = blankCells(grid, ['poppler']);
    expect(poppler?.blank.length).toBeGreaterThan(10);
  }, RENDER_MS);
});
