// Embeds a TrueType font into a pdf-lib document as a subset, through upstream
// fontkit (see fontkitAdapter.ts), under a name PDF tools recognise as a subset.
// (Relative imports carry .ts so scripts run by plain Node can load these modules.)
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontkitAdapter, openFont } from './fontkitAdapter.ts';

const embedded = new WeakMap<PDFDocument, number>();

/**
 * Six capital letters derived from `seed` (FNV-1a), the tag ISO 32000-1 §9.6.4 puts
 * before a subset font's name ("ABCDEF+NotoSerifSC-Regular"). pdf-lib appends a random
 * number instead, so viewers and pdffonts do not see the font as a subset; a
 * deterministic tag also keeps two runs over the same data byte-identical.
 */
export function subsetTag(seed: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // 26^6 < 2^32: six base-26 digits of the hash, each a letter.
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26);
  }
  return tag;
}

/** The subset name for the `index`-th font embedded in a document; distinct per index. */
export function subsetFontName(postscriptName: string, index: number): string {
  return `${subsetTag(`${postscriptName}#${index}`)}+${postscriptName}`;
}

/**
 * Embeds `bytes` (a .ttf) so that only the glyphs the document draws are written.
 * Registers the fontkit adapter on the document; safe to call for several fonts.
 */
export async function embedSubsetFont(doc: PDFDocument, bytes: Uint8Array): Promise<PDFFont> {
  const index = embedded.get(doc) ?? 0;
  embedded.set(doc, index + 1);
  doc.registerFontkit(fontkitAdapter);
  const customName = subsetFontName(openFont(bytes).postscriptName, index);
  return doc.embedFont(bytes, { subset: true, customName });
}

/**
 * Renames an embedded subset after the characters it holds, before the document is saved, so that two
 * documents with different subsets never share a font name (tools that merge PDFs may take fonts of one
 * name for the same font, and ISO 32000-1 §9.6.4 asks for a tag unique to the subset).
 * Hint: pdf-lib offers no API for this; its embedder reads `customName` only when the document is saved.
 */
export function nameSubsetAfter(font: PDFFont, text: Iterable<string>): void {
  const embedder = (font as unknown as { embedder?: { customName?: string; fontName?: string } }).embedder;
  if (!embedder?.fontName || !('customName' in embedder)) return;
  const codePoints = [...new Set([...text].join(''))].sort().join('');
  embedder.customName = `${subsetTag(`${embedder.customName ?? ''}#${codePoints}`)}+${embedder.fontName}`;
}
