// What layout asks of the text font, kept per font for the worker's life: which code points it draws (a Set, not
// a cmap search per character) and each character's advance. Hint: the writer used to rebuild both for every
// document from pdf-lib's embedded font; the first were the same every time.
import { openFont } from './fontkitAdapter.ts';
import type { GlyphCoverage } from './missingGlyphs.ts';

export interface FontFacts {
  readonly covers: GlyphCoverage;
  /** Advance of one character at size 1, in points. */
  readonly advance: (char: string) => number;
}

const known = new WeakMap<Uint8Array, FontFacts>();

/** The facts of the font in `bytes`, worked out once per bytes object. */
export function fontFacts(bytes: Uint8Array): FontFacts {
  const cached = known.get(bytes);
  if (cached) return cached;
  const font = openFont(bytes);
  // Hint: asked per code point and kept; listing the whole character set first cost tens of ms in a new worker.
  const drawn = new Map<number, boolean>();
  const advances = new Map<string, number>();
  const facts: FontFacts = {
    covers: {
      hasGlyphForCodePoint: (cp) => {
        let has = drawn.get(cp);
        if (has === undefined) drawn.set(cp, (has = font.hasGlyphForCodePoint(cp)));
        return has;
      },
    },
    advance: (ch) => {
      let w = advances.get(ch);
      if (w === undefined) advances.set(ch, (w = font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm));
      return w;
    },
  };
  known.set(bytes, facts);
  return facts;
}
