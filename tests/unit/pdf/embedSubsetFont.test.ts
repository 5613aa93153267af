// embedSubsetFont and the fontkit adapter under it: the pieces pdf-lib relies on.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedSubsetFont, nameSubsetAfter, subsetFontName, subsetTag } from '../../../src/pdf/font/embedSubsetFont.ts';
import { fontkitAdapter, openFont } from '../../../src/pdf/font/fontkitAdapter.ts';
import { readFontBytes } from '../../support/fontSample.ts';
import { pdfFonts } from '../../support/pdfRender.ts';

const fontBytes = readFontBytes();

async function onePagePdf(texts: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage();
  for (const [i, text] of texts.entries()) {
    page.drawText(text, { x: 50, y: 700 - 30 * i, size: 14, font: await embedSubsetFont(doc, fontBytes) });
  }
  doc.setCreationDate(new Date('2024-01-01T00:00:00Z'));
  doc.setModificationDate(new Date('2024-01-01T00:00:00Z'));
  return doc.save();
}

describe('subsetTag', () => {
  it('gives six capital letters, the same for the same seed and different for another', () => {
    expect(subsetTag('NotoSerifSC-Regular#0')).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('NotoSerifSC-Regular#0')).toBe(subsetTag('NotoSerifSC-Regular#0'));
    expect(subsetTag('NotoSerifSC-Regular#0')).not.toBe(subsetTag('NotoSerifSC-Regular#1'));
    expect(subsetFontName('X', 0)).toMatch(/^[A-Z]{6}\+X$/);
  });
});

describe('embedSubsetFont', () => {
  it('names each font embedded in one document differently', async () => {
    const names = pdfFonts(await onePagePdf(['申报表', '填报说明'])).map((f) => f.name);
    expect(names).toHaveLength(2);
    expect(new Set(names).size).toBe(2);
  });

  it('writes the same bytes for the same input, run after run', async () => {
    const a = await onePagePdf(['中小企业特色产业集群']);
    const b = await onePagePdf(['中小企业特色产业集群']);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('nameSubsetAfter', () => {
  async function namedPdf(text: string): Promise<string | undefined> {
    const doc = await PDFDocument.create();
    const font = await embedSubsetFont(doc, fontBytes);
    doc.addPage().drawText(text, { x: 50, y: 700, size: 14, font });
    nameSubsetAfter(font, [text]);
    return pdfFonts(await doc.save())[0]?.name;
  }

  it('names two documents’ subsets differently when they hold different characters, alike when the same', async () => {
    const [blank, filled, again] = await Promise.all([namedPdf('集群名称'), namedPdf('集群名称：湖北省仙桃市非织造布产业'), namedPdf('集群名称')]);
    expect(blank).toMatch(/^[A-Z]{6}\+NotoSerifSC-Regular$/);
    expect(filled).not.toBe(blank);
    expect(again).toBe(blank);
  });
});

describe('fontkitAdapter', () => {
  it('gives pdf-lib a subset stream that delivers a TrueType font, then ends', async () => {
    const font = fontkitAdapter.create(fontBytes);
    const subset = font.createSubset();
    subset.includeGlyph(font.glyphForCodePoint('滆'.codePointAt(0) ?? 0));
    const events: string[] = [];
    const bytes = await new Promise<Uint8Array>((resolve) => {
      let data: Uint8Array | undefined;
      subset
        .encodeStream()
        .on('data', (d) => (events.push('data'), (data = d)))
        .on('end', () => (events.push('end'), resolve(data ?? new Uint8Array())));
    });
    expect(events).toEqual(['data', 'end']);
    // fontkit (1.x and 2.x alike) writes the sfnt version as 'true', Apple's TrueType tag.
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('true');
    expect(openFont(bytes).numGlyphs).toBe(2); // .notdef and 滆
  });
});
