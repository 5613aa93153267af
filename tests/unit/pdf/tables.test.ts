// The table-document writer (src/pdf/tables): 表1 and a 44-enterprise 统计汇总表 as a person would check them —
// qpdf clean, one embedded subset font with ToUnicode, A4 landscape, the header on every page, page numbers,
// the totals and footnote together, ink under poppler and mupdf, and every fixed text covered by the font.
import { describe, expect, test } from 'vitest';
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import { formVersions } from '../../../src/forms/registry';
import { summaryDocument, templateDocument } from '../../../src/enterprises/documents';
import { enterpriseTotals } from '../../../src/enterprises/totals';
import { openFont } from '../../../src/pdf/font/fontkitAdapter';
import { SHEET } from '../../../src/pdf/tables/geometry';
import { tableTexts, writeTablePdf } from '../../../src/pdf/tables/writer';
import type { TableDocument } from '../../../src/pdf/tables/types';
import { fourEnterprises, generatedEnterprises } from '../../fixtures/enterprises';
import { FIXED_DATE, pdfFontBytes } from '../../support/pdfFixtures';
import { RENDERERS, pdfFonts, pdfText, qpdfCheck, renderPdf } from '../../support/pdfRender';

const form = formVersions['gd-2023'];
const table = enterpriseTableOf(form);
const rows = [...fourEnterprises(form), ...generatedEnterprises(form, 40)];
const template = templateDocument(table);
const summary = summaryDocument(rows, enterpriseTotals(rows, table), { clusterName: '佛山市顺德区小家电产业集群' });
const write = (document: TableDocument) => writeTablePdf({ document, fontBytes: pdfFontBytes(), date: FIXED_DATE });
const squash = (t: string) => t.replace(/\s+/g, '');

describe.each([
  ['表1', template, 1],
  ['统计汇总表', summary, 5],
] as const)('%s', (_, document, pageCount) => {
  test('is a valid PDF of landscape A4 pages with one embedded, subset, searchable font', async () => {
    const { bytes, pages } = await write(document);
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors found');
    expect(pages).toHaveLength(pageCount);
    expect(pdfFonts(bytes)).toEqual([expect.objectContaining({ type: 'CID TrueType', embedded: true, subset: true, unicode: true })]);
    const { PDFDocument } = await import('pdf-lib');
    const sizes = (await PDFDocument.load(bytes)).getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())]);
    expect(new Set(sizes.map(String))).toEqual(new Set([`${Math.round(SHEET.width)},${Math.round(SHEET.height)}`]));
  });

  test('every page repeats the header and is numbered 「第 N 页 共 M 页」', async () => {
    const pages = pdfText((await write(document)).bytes).map(squash);
    pages.forEach((p, i) => {
      expect(p).toContain('企业名称');
      expect(p).toContain('工业软件采购额（万元）');
      expect(p).toContain(`第${i + 1}页共${pageCount}页`);
    });
    expect(pages[0]).toContain(squash(document.title));
    expect(pages[pages.length - 1]).toContain(squash(document.footnote!));
  });

  test('draws ink under poppler and mupdf, with no font substitution', async () => {
    const { bytes } = await write(document);
    for (const renderer of RENDERERS) {
      const { pages, warnings } = renderPdf(bytes, renderer, 40);
      expect(warnings).not.toMatch(/font|glyph/i);
      for (const page of pages) expect(page.pixels.some((v) => v < 100)).toBe(true);
    }
  });

  test('the committed font subset has every character of the document', async () => {
    const font = openFont(pdfFontBytes());
    const chars = [...new Set(tableTexts(document).join('') + '第页共0123456789')].filter((c) => !/\s/.test(c));
    expect(chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
    expect((await write(document)).missing).toEqual([]);
  });
});

describe('the 统计汇总表', () => {
  test('every enterprise’s row, then 合计, 填报企业数 and 比上年增长 together on the last page', async () => {
    const text = pdfText((await write(summary)).bytes, { raw: true }).map(squash);
    const all = text.join('');
    for (const r of rows) expect(all).toContain(squash(r.name!));
    expect(text[text.length - 1]).toMatch(/合计共44家企业.*填报企业数.*比上年增长（%）/);
  });

  test('a character the font lacks prints as 〓 and is reported', async () => {
    const odd = summaryDocument([{ id: 'x', name: '😀科技有限公司' }], enterpriseTotals([], table));
    const written = await write(odd);
    expect(written.missing).toEqual(['😀']);
    expect(squash(pdfText(written.bytes).join(''))).toContain('〓科技有限公司');
  });

  test('a remark taller than a page is cut between lines, never lost', async () => {
    const long = '备注'.repeat(900);
    const doc = { ...template, rows: [{ cells: ['1', '甲', '乙', ...table.leaves.slice(2, -1).map(() => '1'), long] }] };
    const written = await write(doc);
    expect(written.pages.length).toBeGreaterThan(1);
    // Hint: every 备 and 注 of the remark, plus the header's 「备注」 on each page and the footnote's.
    const count = pdfText(written.bytes, { raw: true }).join('').replace(/[^备注]/g, '').length;
    expect(count).toBe(1800 + 2 * written.pages.length + 2);
  });
});
