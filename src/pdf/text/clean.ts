// Text as it will be printed: invisible format characters dropped, and every user-perceived character the
// font cannot draw replaced by 〓 (U+3013 「下次补」, the mark Chinese typesetting uses for a missing sort),
// so nothing vanishes silently on paper. The UI lists the replaced characters before writing.
import { normaliseLineEndings } from '../../forms/text';
import { missingCharacters, type GlyphCoverage } from '../font/missingGlyphs';

export type { GlyphCoverage };

/** What stands in for a character the font lacks. */
export const MISSING_MARK = '\u3013';

/**
 * Characters never drawn: soft hyphen, zero-width space/joiners, word joiner, BOM, variation selectors.
 * Hint: fontkit folds a variation selector into the glyph before it, which then copies out of the PDF with
 * the selector attached (docs/pdf-font-engine.md), so they are dropped before drawing.
 */
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

const graphemes: Intl.Segmenter | undefined =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'grapheme' }) : undefined;

/** The user-perceived characters of `text` (code points where Intl.Segmenter is missing). */
export function splitGraphemes(text: string): string[] {
  if (!graphemes) return Array.from(text);
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

function _drawable(ch: string, font: GlyphCoverage): boolean {
  return /\s/u.test(ch) || font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
}

/** `text` with line endings unified, tabs as spaces, ignorable characters dropped, undrawable ones as 〓. */
export function printable(text: string, font: GlyphCoverage): string {
  const unified = normaliseLineEndings(text).replace(/\t/g, ' ').replace(CONTROL, '');
  let out = '';
  for (const grapheme of splitGraphemes(unified)) {
    const visible = grapheme.replace(IGNORABLE, '');
    if (visible === '') continue;
    out += Array.from(visible).every((ch) => _drawable(ch, font)) ? visible : MISSING_MARK;
  }
  return out;
}

/** The distinct characters of `text` the font cannot draw, ignorable ones left out, in order of appearance. */
export function undrawable(text: string, font: GlyphCoverage): string[] {
  return missingCharacters(text.replace(IGNORABLE, '').replace(CONTROL, ''), font);
}
