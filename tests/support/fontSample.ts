// The committed Chinese font and the character samples the font tests draw with it:
// a short form-like text (subset glyph data < 64 KB, the case that broke the old
// fontkit fork) and a long sample of thousands of characters spread over the set.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FontkitFont } from 'fontkit';

export const FONT_PATH = fileURLToPath(new URL('../../fonts/NotoSerifSC-Regular.subset.ttf', import.meta.url));
export const CHARSET_PATH = fileURLToPath(new URL('../../fonts/charset.txt', import.meta.url));

/** About sixty distinct characters of the kind a 申报表 prints, plus two the font lacks (☑☐). */
export const SHORT_TEXT =
  '中小企业特色产业集群申报表，填报说明：各必填栏目不得空缺 2023 年 滆湖 ☑☐' +
  '（盖章）《通知》、第①项；是否？是！占比 12.5％ ￥1,234 ㎡ ℃ 联系人：张三 电话：0571-8888';

export function readFontBytes(): Uint8Array {
  return new Uint8Array(readFileSync(FONT_PATH));
}

/** The characters listed in fonts/charset.txt, in its (code point) order. */
export function readCharset(): string[] {
  return readFileSync(CHARSET_PATH, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[1] ?? '');
}

/**
 * Characters that should leave ink in their own cell and extract as themselves: mapped
 * to a glyph with an outline (not a space, not a combining mark), and the only character mapped to that glyph. Code points
 * sharing a glyph (- U+002D and U+00AD, ～ U+FF5E and 〜 U+301C, ① and ➀ …) extract
 * from the PDF as whichever of them was drawn first, so they cannot be checked one by one.
 */
export function drawableDistinct(chars: Iterable<string>, font: FontkitFont): string[] {
  const glyphOwner = new Map<number, string | null>();
  for (const ch of new Set(chars)) {
    const cp = ch.codePointAt(0) ?? 0;
    // Marks (〪 U+302A …) have no advance and draw left of their origin, outside the cell.
    if (/[\s\p{M}]/u.test(ch) || !font.hasGlyphForCodePoint(cp)) continue;
    const id = font.glyphForCodePoint(cp).id;
    glyphOwner.set(id, glyphOwner.has(id) ? null : ch);
  }
  return [...glyphOwner.entries()]
    .filter(([id, ch]) => ch !== null && hasOutline(font, id))
    .map(([, ch]) => ch as string);
}

function hasOutline(font: FontkitFont, glyphId: number): boolean {
  const glyph = font.getGlyph(glyphId);
  return glyph.path.commands.length > 0;
}

/** Every `step`-th drawable character of the charset: a spread over all blocks. */
export function longSample(font: FontkitFont, step: number): string[] {
  return drawableDistinct(readCharset(), font).filter((_, i) => i % step === 0);
}
