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

let segmenter: Intl.Segmenter | null | undefined;

/** Made on first use: most documents never need one, and making one loads the engine's break data. */
function _graphemes(): Intl.Segmenter | null {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'grapheme' }) : null;
  return segmenter;
}

/**
 * Code points that can join others into one user-perceived character: marks, joiners, variation selectors, emoji
 * modifiers and flags, tags, Hangul jamo, CR (of CR LF), prepended concatenation marks.
 */
const CLUSTERING = /[\p{M}\r\u200C\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{1F1E6}-\u{1F1FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;

/**
 * The user-perceived characters of `text` (code points where Intl.Segmenter is missing). Hint: text with none
 * of the CLUSTERING code points (nearly every form text) is its code points; Intl.Segmenter is only asked where
 * one is present, as it was the largest cost of writing a PDF (issue 15).
 */
export function splitGraphemes(text: string): string[] {
  const graphemes = CLUSTERING.test(text) ? _graphemes() : null;
  if (!graphemes) return Array.from(text);
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

function _drawable(ch: string, font: GlyphCoverage): boolean {
  return /\s/u.test(ch) || font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
}

/** Hint: where nothing clusters, each code point is a character: checked one by one, no grapheme splitting. */
function _printableCodePoints(text: string, font: GlyphCoverage): string {
  let out = '';
  for (const ch of text) out += _drawable(ch, font) ? ch : MISSING_MARK;
  return out;
}

/** `text` with line endings unified, tabs as spaces, ignorable characters dropped, undrawable ones as 〓. */
export function printable(text: string, font: GlyphCoverage): string {
  const unified = normaliseLineEndings(text).replace(/\t/g, ' ').replace(CONTROL, '');
  if (!CLUSTERING.test(unified)) return _printableCodePoints(unified.replace(IGNORABLE, ''), font);
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
