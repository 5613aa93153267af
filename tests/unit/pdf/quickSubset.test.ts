// Subsets that copy simple glyphs straight from the font's bytes (src/pdf/font/quickSubset.ts) must be the very
// bytes fontkit's own subsetter writes, without fontkit decoding the outlines of those glyphs.
import { create, type FontkitFont } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { openFont } from '../../../src/pdf/font/fontkitAdapter.ts';
import { readFontBytes } from '../../support/fontSample.ts';
import { readFileSync } from 'node:fs';

const TEXT = '湖北省仙桃市非织造布产业集群，2024年营业收入1,234.56亿元（增长12.5%）：“小巨人”企业□☑';
const tickBytes = new Uint8Array(readFileSync('fonts/DejaVuSans-TickBoxes.subset.ttf'));

/** The subset of `text`'s glyphs, written by `font`. */
function subsetOf(font: FontkitFont, text: string): Uint8Array {
  const subset = font.createSubset();
  for (const ch of text) if (font.hasGlyphForCodePoint(ch.codePointAt(0)!)) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!));
  return subset.encode();
}

/** Counts calls of every glyph's full outline decoding (fontkit's TTFGlyph._decode) while `run` runs. */
function decodesDuring(font: FontkitFont, run: () => void): number {
  const proto = Object.getPrototypeOf(font.getGlyph(0)) as { _decode: () => unknown };
  const decode = proto._decode;
  let calls = 0;
  proto._decode = function (this: unknown) {
    calls++;
    return decode.call(this);
  };
  try {
    run();
  } finally {
    proto._decode = decode;
  }
  return calls;
}

describe('quick glyph copies in font subsets', () => {
  for (const [name, bytes] of [
    ['Noto Serif SC (the text font)', readFontBytes()],
    ['DejaVu Sans tick boxes', tickBytes],
  ] as const) {
    it(`${name}: the subset's bytes are fontkit's own`, () => {
      const plain = create(bytes) as FontkitFont;
      const quick = openFont(bytes);
      expect(subsetOf(quick, TEXT)).toEqual(subsetOf(plain, TEXT));
    });
  }

  it('decodes no simple glyph outline to copy it', () => {
    const font = openFont(readFontBytes());
    const plain = create(readFontBytes()) as FontkitFont;
    expect(decodesDuring(plain, () => subsetOf(plain, '非织造布产业集群企业'))).toBeGreaterThan(5);
    expect(decodesDuring(font, () => subsetOf(font, '织造布产业集群企业营收'))).toBe(0);
  });
});
