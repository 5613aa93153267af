// A PDF written with open problems is a draft: 「草稿（未完成）」 on every page, in its title and file name; a clean
// one carries none of it. Both have an outline: 封面, 填报说明 and each section, opening on its first page.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { DRAFT_MARK, namingOf, pdfFileName } from '../../../src/pdf/fileName';
import { writeFormPdfDetailed } from '../../../src/pdf/writer';
import { FIXED_DATE, fixtureValues, pdfFontBytes } from '../../support/pdfFixtures';
import { pdfText } from '../../support/pdfRender';

const { notice, form } = resolveNotice('hb-2024');
const values = fixtureValues('hb-2024');
const write = (draft: boolean) => writeFormPdfDetailed({ form, notice, values, fontBytes: pdfFontBytes(), date: FIXED_DATE, draft });

/** The outline's entries: each title and the index of the page it opens. */
async function outline(bytes: Uint8Array): Promise<{ title: string; page: number }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const refs = doc.getPages().map((p) => p.ref.toString());
  const entries: { title: string; page: number }[] = [];
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  let item = root.get(PDFName.of('First')) as PDFRef | undefined;
  while (item) {
    const dict = doc.context.lookup(item, PDFDict);
    const dest = dict.lookup(PDFName.of('Dest'), PDFArray);
    entries.push({ title: dict.lookup(PDFName.of('Title'), PDFHexString).decodeText(), page: refs.indexOf(dest.get(0).toString()) });
    item = dict.get(PDFName.of('Next')) as PDFRef | undefined;
  }
  return entries;
}

describe('a draft PDF and a clean one', () => {
  it('marks every page of a draft 「草稿（未完成）」, and its title and file name', async () => {
    const pdf = await write(true);
    const pages = pdfText(pdf.bytes);
    expect(pages.filter((p) => !p.includes(DRAFT_MARK))).toEqual([]);
    expect(pages).toHaveLength(pdf.pages.length);
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toContain('草稿');
    expect(pdfFileName(namingOf(form, values, undefined, true))).toBe('湖北省仙桃市非织造布产业-中小企业特色产业集群申报表（草稿）.pdf');
  }, 30_000);

  it('writes a clean PDF without any of it', async () => {
    const pdf = await write(false);
    expect(pdfText(pdf.bytes).join('')).not.toContain('草稿');
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('中小企业特色产业集群申报表（湖北省仙桃市非织造布产业）');
    expect(pdfFileName(namingOf(form, values, undefined, false))).toBe('湖北省仙桃市非织造布产业-中小企业特色产业集群申报表.pdf');
  }, 30_000);

  it('has an outline entry per part, each opening the page the part starts on', async () => {
    const pdf = await write(false);
    const starts = pdf.pages.flatMap((p, page) => (p.sectionStart ? [page] : []));
    expect(await outline(pdf.bytes)).toEqual([
      { title: '封面', page: starts[0] },
      { title: '填报说明', page: starts[1] },
      ...form.sections.map((s, i) => ({ title: `${s.number}、${s.title}`, page: starts[i + 2] })),
    ]);
  }, 30_000);
});
