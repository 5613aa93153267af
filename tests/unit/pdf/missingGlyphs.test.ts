// missingCharacters: which characters of a text the committed font cannot draw.
import { describe, expect, it } from 'vitest';
import { openFont } from '../../../src/pdf/font/fontkitAdapter.ts';
import { missingCharacters, type GlyphCoverage } from '../../../src/pdf/font/missingGlyphs.ts';
import { readFontBytes } from '../../support/fontSample.ts';

const font = openFont(readFontBytes());

describe('missingCharacters with the committed font', () => {
  it('reports an emoji and a rare Extension B ideograph as one character each, and passes 滆', () => {
    // 😀 U+1F600 and 𠀀 U+20000 are surrogate pairs; 滆 U+6EC6 is in 通用规范汉字表.
    expect(missingCharacters('滆湖😀边𠀀', font)).toEqual(['😀', '𠀀']);
  });

  it('passes a supplementary-plane ideograph the font has (𬌗 U+2C317, 通用规范汉字表)', () => {
    expect(missingCharacters('𬌗', font)).toEqual([]);
  });

  it('lists each missing character once, in order of first appearance', () => {
    expect(missingCharacters('☐是☑否☐😀☑', font)).toEqual(['☐', '☑', '😀']);
  });

  it('ignores whitespace of every kind, including the ideographic space and newlines', () => {
    expect(missingCharacters(' \t\r\n\u3000\u00A0 甲 乙\n', font)).toEqual([]);
  });

  it('ignores variation selectors, which layout attaches to the character before', () => {
    expect(missingCharacters('葛\uFE00葛\u{E0100}', font)).toEqual([]);
  });

  it('reports zero-width and control characters, which would print as empty boxes', () => {
    expect(missingCharacters('甲\u200B乙\u0007', font)).toEqual(['\u200B', '\u0007']);
  });

  it('reports a lone surrogate from broken UTF-16', () => {
    expect(missingCharacters('甲\uD840乙', font)).toEqual(['\uD840']);
  });

  it('finds nothing missing in an empty text', () => {
    expect(missingCharacters('', font)).toEqual([]);
  });
});

describe('missingCharacters with any font', () => {
  it('asks the font by code point, not by UTF-16 unit', () => {
    const asked: number[] = [];
    const font: GlyphCoverage = { hasGlyphForCodePoint: (cp) => (asked.push(cp), false) };
    expect(missingCharacters('a😀', font)).toEqual(['a', '😀']);
    expect(asked).toEqual([0x61, 0x1f600]);
  });
});
