// Types for the part of upstream fontkit 2.x this project uses (fontkit ships none).
// @types/fontkit exists, but declares create(buffer: Buffer), a Node type that
// has no place in code that runs in a browser Web Worker; fontkit itself takes any Uint8Array.
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
    path: { commands: unknown[] };
  }

  export interface FontkitSubset {
    /** Adds a glyph (object or id) and returns its id in the subset. */
    includeGlyph(glyph: number | FontkitGlyph): number;
    /** The subset font file. fontkit 1.x had encodeStream() instead. */
    encode(): Uint8Array;
  }

  export interface FontkitFont {
    type: string;
    postscriptName: string;
    unitsPerEm: number;
    numGlyphs: number;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    getGlyph(glyphId: number, codePoints?: number[]): FontkitGlyph;
    createSubset(): FontkitSubset;
    /** Shapes `text` into glyphs (and positions, which pdf-lib does not read). */
    layout(text: string, features?: unknown): { glyphs: FontkitGlyph[] };
    /** A name-table string: 'copyright', 'fontFamily', 'version', 'license', … */
    getName(key: string, lang?: string): string | null;
  }

  export interface FontkitCollection {
    type: 'TTC' | 'DFont';
    fonts: FontkitFont[];
  }

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont | FontkitCollection;
}
