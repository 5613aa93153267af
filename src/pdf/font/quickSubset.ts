// Copies a simple glyph into a subset as the bytes it is, without decoding its outline first.
//
// Hint: fontkit's TTFSubset._addGlyph decodes each glyph's whole outline (every point of a CJK character) only to
// ask whether it is composite, whose component ids it must renumber; a simple glyph's bytes are then copied as they
// are. That decoding was the largest part of embedding the font, the first PDF of a worker most of all (issue 15).
// Here a simple glyph (numberOfContours ≥ 0, the first int16 of its record) is copied straight from the font's bytes
// with the same metrics fontkit records; composite glyphs and variable fonts still take fontkit's own path, so the
// subset's bytes are unchanged (the PDF tests compare them).
import type { FontkitFont, FontkitGlyph, FontkitSubset } from 'fontkit';

/** The parts of fontkit's (private) TTF subset and font this relies on (the subset sets glyf, loca, hmtx in encode()). */
interface TtfSubsetInternals {
  _addGlyph(gid: number): number;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
}
interface TtfFontInternals {
  loca?: { offsets: number[] };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  _variationProcessor?: unknown;
}
type GlyphMetrics = FontkitGlyph & { _getMetrics(): { leftBearing: number } };

/** `subset`, made to copy simple glyphs straight from `bytes` (the font file `font` was opened from). */
export function withQuickGlyphCopies<S extends FontkitSubset>(subset: S, font: FontkitFont, bytes: Uint8Array): S {
  const inner = subset as unknown as TtfSubsetInternals;
  const { loca, directory, _variationProcessor } = font as unknown as TtfFontInternals;
  const glyf = directory.tables['glyf'];
  if (typeof inner._addGlyph !== 'function' || !loca || !glyf || _variationProcessor) return subset;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const addGlyph = inner._addGlyph.bind(subset);
  inner._addGlyph = (gid: number) => {
    const start = loca.offsets[gid];
    const end = loca.offsets[gid + 1];
    if (!Array.isArray(inner.glyf) || start === undefined || end === undefined || end < start || glyf.offset + end > bytes.length) return addGlyph(gid);
    if (end - start >= 2 && view.getInt16(glyf.offset + start) < 0) return addGlyph(gid);
    const glyph = font.getGlyph(gid) as GlyphMetrics;
    const record = bytes.subarray(glyf.offset + start, glyf.offset + end);
    inner.glyf.push(record);
    inner.loca.offsets.push(inner.offset);
    inner.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    inner.offset += record.length;
    return inner.glyf.length - 1;
  };
  return subset;
}
