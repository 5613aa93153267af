// Which characters of a text the embedded font cannot draw, so the UI can say
// 「以下字符无法显示：…」 before a PDF is written instead of printing empty boxes.

/** The one thing asked of a font here; a fontkit Font (see openFont) has it. */
export interface GlyphCoverage {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

// Whitespace is laid out as space, never drawn. Variation selectors (U+FE00–FE0F,
// U+E0100–E01EF) are consumed by fontkit's layout together with the character before
// them rather than drawn as a glyph of their own, so a font need not map them.
const NOT_DRAWN = /^[\s\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;

/**
 * The distinct characters of `text` that `font` has no glyph for, in order of first
 * appearance. Works by code point, so a character outside the BMP (a surrogate pair
 * such as an emoji or a CJK Extension B ideograph) counts as one character, not two.
 * A lone surrogate (broken UTF-16) is reported as itself: no font can draw it.
 */
export function missingCharacters(text: string, font: GlyphCoverage): string[] {
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const ch of text) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    if (NOT_DRAWN.test(ch)) continue;
    if (!font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) missing.push(ch);
  }
  return missing;
}
