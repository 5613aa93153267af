// The committed font file and its character list (built by `npm run font:subset`):
// the file must be the TrueType subset the PDF writer expects and draw every
// character the list promises, which must cover the two hanzi standards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gb2312, tongyongGuifan } from '../../../scripts/font/charset.mjs';
import { openFont } from '../../../src/pdf/font/fontkitAdapter.ts';
import { FONT_PATH, readCharset, readFontBytes } from '../../support/fontSample.ts';

const bytes = readFontBytes();
const font = openFont(bytes);
const charset = readCharset();

/** Table tags from the sfnt table directory. */
function tableTags(data: Uint8Array): string[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => String.fromCharCode(...data.subarray(12 + 16 * i, 16 + 16 * i)));
}

describe('fonts/NotoSerifSC-Regular.subset.ttf', () => {
  it('is a TrueType-outline font (glyf, not CFF), of a size worth shipping to a browser', () => {
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0)).toBe(0x00010000);
    expect(tableTags(bytes)).toEqual(expect.arrayContaining(['glyf', 'loca', 'cmap', 'name']));
    expect(tableTags(bytes)).not.toContain('CFF ');
    expect(readFileSync(FONT_PATH).length).toBeLessThan(4.5 * 1024 * 1024);
  });

  it('draws every character fonts/charset.txt lists, and little else', () => {
    expect(charset.length).toBeGreaterThan(9000);
    expect(charset.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))).toEqual([]);
    expect(font.characterSet.length).toBe(charset.length);
  });

  it('carries its copyright and the OFL licence in its name table (OFL §2)', () => {
    expect(font.getName('copyright')).toMatch(/Adobe/);
    expect(font.getName('license')).toMatch(/SIL Open Font License/);
  });
});

describe('fonts/charset.txt', () => {
  const have = new Set(charset);

  it('contains all 8105 characters of 通用规范汉字表, 滆 among them', () => {
    const list = tongyongGuifan().map((cp) => String.fromCodePoint(cp));
    expect(list).toHaveLength(8105);
    expect(list.filter((ch) => !have.has(ch))).toEqual([]);
    expect(have.has('滆')).toBe(true);
  });

  it('contains all 6763 hanzi of GB 2312 and its symbol rows', () => {
    const hanzi = gb2312().hanzi.map((cp) => String.fromCodePoint(cp));
    expect(hanzi).toHaveLength(6763);
    expect(hanzi.filter((ch) => !have.has(ch))).toEqual([]);
    const symbols = gb2312().symbols.map((cp) => String.fromCodePoint(cp));
    expect(symbols.length).toBeGreaterThan(680);
    expect(symbols.filter((ch) => !have.has(ch))).toEqual([]);
  });

  it('contains the punctuation, full-width forms and signs a form uses', () => {
    const needed = [...'“”‘’、。，；：？！（）《》〔〕【】—…·％＋－０９￥㎡℃№①□✓〇'];
    for (let cp = 0x21; cp <= 0x7e; cp++) needed.push(String.fromCodePoint(cp)); // printable ASCII
    for (let cp = 0xff01; cp <= 0xff5e; cp++) needed.push(String.fromCodePoint(cp)); // full-width forms
    expect(needed.filter((ch) => !have.has(ch))).toEqual([]);
  });

  it('is sorted by code point without duplicates, so rebuilds diff cleanly', () => {
    const cps = charset.map((ch) => ch.codePointAt(0) ?? 0);
    expect(cps.every((cp, i) => i === 0 || cp > (cps[i - 1] ?? 0))).toBe(true);
  });
});
