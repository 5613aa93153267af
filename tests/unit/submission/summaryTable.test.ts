// The 推荐汇总表 of three counties' drafts, as the city prints it: rows from the cover (by concept) and the
// submission answers in the chosen order, the notice's title, stamp line, columns and disclosure; the same
// description read back from the PDF (pdftotext), the DOCX (its XML, and LibreOffice) and the XLSX (its cells).
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import type { SubmissionAnswers } from '../../../src/forms/submission';
import { writeDocumentXlsx } from '../../../src/enterprises/xlsx/write';
import { writeTableDocx } from '../../../src/docx/tableDocument';
import { writeTablePdf } from '../../../src/pdf/tables/writer';
import { summaryDocument } from '../../../src/submission/summaryDocument';
import { summaryIssues } from '../../../src/submission/summaryIssues';
import { locationText, summaryRowOf } from '../../../src/submission/summaryRow';
import { countyDrafts } from '../../fixtures/drafts/counties';
import { fixtureDrafts } from '../../fixtures/drafts';
import { docxPart, libreOfficePdf, tableShape, xmlText } from '../../support/docxRead';
import { FIXED_DATE, pdfFontBytes } from '../../support/pdfFixtures';
import { pdfText } from '../../support/pdfRender';

const ctx = resolveNotice('hb-2024');
const rowOf = (d: (typeof countyDrafts)[number]) => summaryRowOf(ctx, d.values as FormValues, (d as { submission?: SubmissionAnswers }).submission ?? {});
/** The official's order: 谷城, 仙桃, 枝江. */
const ordered = [countyDrafts[1]!, countyDrafts[0]!, countyDrafts[2]!].map(rowOf);
const document = summaryDocument(ctx.notice, ordered, { contact: '李明 13912345678' });
const squash = (t: string) => t.replace(/\s+/g, '');
const names = ordered.map((r) => r.clusterName);

/** Where each text first appears after the one before; -1 where out of order. */
const inOrder = (text: string, texts: readonly string[]) => {
  let at = 0;
  return texts.map((t) => (at = text.indexOf(squash(t), at)));
};

describe('a row', () => {
  test('takes 集群名称, 运营管理机构 and 所在地 from the cover, the rest from the submission answers', () => {
    expect(ordered[0]).toEqual({
      clusterName: '湖北省襄阳市谷城县汽车零部件产业',
      operator: '谷城经济开发区管理委员会',
      location: '湖北、襄阳、谷城',
      leadingIndustry: '汽车零部件',
      foundedIn: '2006年',
      intro: (countyDrafts[1] as { submission: { intro: string } }).submission.intro,
    });
  });

  test('所在地 names each part the column asks once; Guangdong\'s comes with the notice\'s province, Sichuan\'s without one', () => {
    expect(ordered[1]!.location).toBe('湖北、仙桃');
    const gd = resolveNotice('gd-2023');
    expect(locationText(gd, fixtureDrafts['gd-2023'].values as FormValues)).toMatch(/^广东、/);
    const sc = resolveNotice('sc-2023');
    const scValues = fixtureDrafts['sc-2023'].values as FormValues;
    expect(locationText(sc, scValues, sc.notice.summaryTable.columns.find((c) => c.source === 'location')!.parts)).not.toMatch(/四川/);
  });
});

describe('the issues named before anything is written', () => {
  test('an empty 简介, an over-long one, a 【待补充】 left in it, an empty cover field', () => {
    const kinds = (row: Partial<typeof ordered[0]>) => summaryIssues(ctx.notice, { ...ordered[0]!, ...row }).map((i) => `${i.kind} ${i.source}`);
    expect(kinds({})).toEqual([]);
    expect(kinds({ intro: '' })).toEqual(['summary:missing intro']);
    expect(kinds({ intro: '产'.repeat(301) })).toEqual(['summary:over-limit intro']);
    expect(kinds({ intro: '产'.repeat(300) })).toEqual([]);
    expect(kinds({ intro: '集群以汽车为主导产业，【待补充：行业地位】。' })).toEqual(['summary:gap intro']);
    expect(kinds({ operator: '' })).toEqual(['summary:missing operator']);
  });

  test('the message names the column as printed and the count as the counter shows it', () => {
    const [issue] = summaryIssues(ctx.notice, { ...ordered[0]!, intro: '😀'.repeat(302) });
    expect(issue!.message).toBe('“集群简介”共 302 字，超出 300 字的上限 2 字');
  });
});

describe('the table printed', () => {
  const printed = [document.title, '市州经信部门：（盖章）', '联系人和手机：李明13912345678', ...ctx.notice.summaryTable.columns.map((c) => c.label)];

  test('as PDF: landscape pages, every text of the heading, every cluster in order with its 简介', async () => {
    const { bytes } = await writeTablePdf({ document, fontBytes: pdfFontBytes(), date: FIXED_DATE });
    const text = squash(pdfText(bytes, { raw: true }).join(''));
    expect(inOrder(text, printed)).not.toContain(-1);
    expect(inOrder(text, ordered.flatMap((r, i) => [String(i + 1), r.clusterName, r.operator, r.intro.slice(0, 30)]))).not.toContain(-1);
  });

  test('as DOCX: landscape A4, the header row repeated, every cluster in order; LibreOffice prints it', async () => {
    const bytes = await writeTableDocx(document);
    const xml = docxPart(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(tableShape(xml).rows).toBe(1 + ordered.length);
    const text = squash(xmlText(xml));
    expect(inOrder(text, [...printed, ...ordered.flatMap((r) => [r.clusterName, r.intro])])).not.toContain(-1);
    const office = squash(pdfText(await libreOfficePdf(bytes), { raw: true }).join(''));
    expect(inOrder(office, [document.title, ...names])).not.toContain(-1);
  }, 300_000);

  test('as XLSX: the title, the header line, the columns and one row per cluster in order', async () => {
    const blob = await writeDocumentXlsx(document, '推荐汇总表');
    const [sheet] = await readXlsxFile(await blob.arrayBuffer());
    const rows = sheet!.data.map((r) => r.map((c) => (c === null ? '' : String(c))));
    expect(rows[0]![0]).toBe(document.title);
    expect(rows[1]!.join('')).toBe('市州经信部门：（盖章）联系人和手机：李明 13912345678');
    expect(rows[2]).toEqual(ctx.notice.summaryTable.columns.map((c) => c.label));
    expect(rows.slice(3).map((r) => [r[0], r[1], r[6]])).toEqual(ordered.map((r, i) => [String(i + 1), r.clusterName, r.intro]));
  });

  test('a notice printing a disclosure line prints it under the table, with the value chosen', () => {
    const sc = resolveNotice('sc-2023').notice;
    expect(summaryDocument(sc, ordered).footnote).toBe('信息公开选项：主动公开');
    expect(summaryDocument(sc, ordered, { disclosure: '依申请公开' }).footnote).toBe('信息公开选项：依申请公开');
    expect(summaryDocument(sc, ordered).headerLines).toEqual([]);
    expect(document.footnote).toBeUndefined();
  });
});
