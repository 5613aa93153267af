// Text widths for layout, from the font's advance widths, cached per code point.
// Hint: the embedded subset has no GSUB/GPOS tables and pdf-lib writes glyphs with a Tj per line, so a
// line's width is exactly the sum of its characters' advances (times the size, plus character spacing).

/** Advance of one character at size 1, in points (em units / unitsPerEm). */
export type AdvanceOf = (char: string) => number;

export interface TextMeasure {
  /** `text` as it will be printed: what the font cannot draw replaced by 〓 (see clean.ts). */
  printable(text: string): string;
  /** Width of `text` at `size` points. */
  width(text: string, size: number): number;
  /** Advances of each character (code point) at `size`, for positioning and tests. */
  advances(text: string, size: number): number[];
}

/** A measure over a per-character advance function, with a cache; `printable` defaults to the text itself. */
export function textMeasure(advanceOf: AdvanceOf, printable: (text: string) => string = (t) => t): TextMeasure {
  const cache = new Map<string, number>();
  const advance = (ch: string) => {
    let w = cache.get(ch);
    if (w === undefined) cache.set(ch, (w = advanceOf(ch)));
    return w;
  };
  return {
    printable,
    width(text, size) {
      let total = 0;
      for (const ch of text) total += advance(ch);
      return total * size;
    },
    advances(text, size) {
      return Array.from(text, (ch) => advance(ch) * size);
    },
  };
}
