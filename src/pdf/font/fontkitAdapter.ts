// Lets pdf-lib subset fonts with upstream fontkit 2.x instead of its own fork.
//
// Hint: @pdf-lib/fontkit 1.1.1 (the fork pdf-lib documents) rewrites `loca` in the
// short format whenever a subset's glyph data fits in 64 KB, halving every offset.
// That is only valid if every glyph record has an even length; in Noto Serif SC
// about half have an odd one, so after the first odd glyph every offset is off by a
// byte and poppler and mupdf draw many characters blank, while pdftotext still
// extracts them (and Chrome reportedly shows them), so it goes unnoticed. Upstream
// fixed it in fontkit 1.8.0 (foliojs/fontkit#191: keep the source font's `loca`
// format); the fork predates that (Hopding/pdf-lib#1232, #808).
// Measured on our font in docs/pdf-font-engine.md: 58 of 69 characters blank.
//
// The one API difference pdf-lib meets: its subset embedder calls
// `subset.encodeStream().on('data'|'end'|'error', …)`, a fontkit 1.x stream; fontkit 2
// has `subset.encode()` returning the bytes. Everything else pdf-lib uses (layout,
// glyph metrics, characterSet, OS/2, post, bbox) is the same in both.
import { create, type FontkitFont, type FontkitGlyph, type FontkitSubset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';
import { withQuickGlyphCopies } from './quickSubset.ts';

/** What PDFDocument.registerFontkit() accepts. */
export type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type PdfLibFont = ReturnType<PdfLibFontkit['create']>;
type SubsetStream = ReturnType<ReturnType<PdfLibFont['createSubset']>['encodeStream']>;
type Listener = (data?: unknown) => void;

/**
 * A one-shot stand-in for fontkit 1.x's encode stream. pdf-lib attaches its
 * listeners synchronously after the call, so the bytes are produced and delivered
 * in a microtask, once the listeners are there.
 */
function encodeAsStream(encode: () => Uint8Array): SubsetStream {
  const listeners = new Map<string, Listener>();
  const stream = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return stream;
    },
  };
  queueMicrotask(() => {
    try {
      listeners.get('data')?.(encode());
      listeners.get('end')?.();
    } catch (err) {
      listeners.get('error')?.(err);
    }
  });
  return stream as unknown as SubsetStream;
}

function withEncodeStream(subset: FontkitSubset): FontkitSubset & { encodeStream(): SubsetStream } {
  return Object.assign(subset, { encodeStream: () => encodeAsStream(() => subset.encode()) });
}

/** Fonts opened, by their bytes: parsing the 3.9 MB CJK font takes tens of milliseconds, so it is done once. */
const opened = new WeakMap<Uint8Array, FontkitFont>();

/**
 * Opens font bytes with fontkit 2, once per bytes object (later calls get the same font); a collection (.ttc) is
 * refused, pdf-lib embeds single fonts. Hint: sharing is safe: pdf-lib keeps each document's glyphs in its own
 * subset and embedder, and only reads the font.
 */
export function openFont(bytes: Uint8Array): FontkitFont {
  const known = opened.get(bytes);
  if (known) return known;
  const font = create(bytes);
  if ('fonts' in font) throw new Error(`a font collection (${font.type}) cannot be embedded; pass a single font`);
  opened.set(bytes, withEncodeStreams(withPlainLayout(font), bytes));
  return font;
}


/** Code points that can change glyphs or join into one character: marks, joiners, variation selectors, jamo. */
const SHAPED = /[\p{M}\u200C\u200D\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]/u;

/**
 * fontkit's layout runs its shaper on every call, which for a font without GSUB, GPOS or kern (our subsets drop
 * them, fonts/README.md) maps each code point to its glyph and nothing more. pdf-lib reads only the glyphs, so
 * plain text takes that map directly; text that could need shaping still goes through fontkit.
 */
function withPlainLayout(font: FontkitFont): FontkitFont {
  const tables = (font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables;
  if (tables['GSUB'] || tables['GPOS'] || tables['kern']) return font;
  const layout = font.layout.bind(font);
  // Hint: a cmap search and a glyph lookup per character, for every text drawn; each character's glyph is kept.
  const glyphs = new Map<string, FontkitGlyph>();
  const glyphOf = (ch: string): FontkitGlyph => {
    let glyph = glyphs.get(ch);
    if (!glyph) glyphs.set(ch, (glyph = font.glyphForCodePoint(ch.codePointAt(0)!)));
    return glyph;
  };
  font.layout = (text, features) => (SHAPED.test(text) ? layout(text, features) : ({ glyphs: Array.from(text, glyphOf) } as ReturnType<typeof layout>));
  return font;
}

/** Gives the font's subsets the fontkit-1 `encodeStream()` pdf-lib calls, and quick copies of simple glyphs. */
function withEncodeStreams(font: FontkitFont, bytes: Uint8Array): FontkitFont {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => withEncodeStream(withQuickGlyphCopies(createSubset(), font, bytes));
  return font;
}

/**
 * Register with `pdfDoc.registerFontkit(fontkitAdapter)`, then `embedFont(bytes, { subset: true })`
 * (embedSubsetFont does both and names the subset properly).
 */
export const fontkitAdapter: PdfLibFontkit = {
  create(bytes: Uint8Array) {
    // fontkit 2's Font is what pdf-lib's Font type describes (it was written from
    // fontkit 1's API, which 2.x kept); only the subset stream differed, patched in openFont.
    return openFont(bytes) as unknown as PdfLibFont;
  },
};
