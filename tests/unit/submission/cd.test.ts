// The 电子版光盘 folder as one zip, checked as a reader would: every entry listed, under the folder's name, named in
// UTF-8 with the language-encoding flag set in both headers (bytes read, not the library's word), names safe on
// Windows; the 申报表 PDF and DOCX, the one-row 推荐汇总表, the 统计汇总表 and the draft file whose import gives back
// the same draft; and a 目录 listing every file with its size.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import type { AnyDraft } from '../../../src/forms/registry';
import type { EnterpriseRow } from '../../../src/forms/enterpriseValues';
import type { SubmissionAnswers } from '../../../src/forms/submission';
import { writeFormDocx } from '../../../src/docx/writer';
import { writeDocumentXlsx } from '../../../src/enterprises/xlsx/write';
import { writeTablePdf } from '../../../src/pdf/tables/writer';
import { writeFormPdf } from '../../../src/pdf/writer';
import { exportDraftsFile, parseImportFile } from '../../../src/storage/file';
import { writeCdFolder } from '../../../src/submission/cd/folder';
import type { CdWriters } from '../../../src/submission/cd/contents';
import { safeName } from '../../../src/submission/fileNames';
import { countyDrafts } from '../../fixtures/drafts/counties';
import { fourEnterprises } from '../../fixtures/enterprises';
import { FIXED_DATE, pdfFontBytes } from '../../support/pdfFixtures';
import { zipDirectory } from '../../support/zipRead';

const writers: CdWriters = {
  formPdf: async (noticeId, values) => {
    const { form, notice } = resolveNotice(noticeId);
    return writeFormPdf({ form, notice, values, fontBytes: pdfFontBytes(), date: FIXED_DATE });
  },
  formDocx: (noticeId, values) => writeFormDocx({ ...resolveNotice(noticeId), values }),
  tablePdf: async (document) => (await writeTablePdf({ document, fontBytes: pdfFontBytes(), date: FIXED_DATE })).bytes,
  tableXlsx: async (document, sheet) => new Uint8Array(await (await writeDocumentXlsx(document, sheet)).arrayBuffer()),
};

const ctx = resolveNotice('hb-2024');
const base = countyDrafts[0]!;
const draft = { ...base, enterprises: fourEnterprises(ctx.form) } as AnyDraft;

function folderOf(d: AnyDraft, name: string) {
  const answers = (d as { submission?: SubmissionAnswers }).submission ?? {};
  const enterprises = (d as { enterprises?: EnterpriseRow[] }).enterprises ?? [];
  const draftFileText = exportDraftsFile([d], FIXED_DATE).text;
  return writeCdFolder({ ctx, values: d.values as FormValues, answers, enterprises, draftFileText, name }, writers, undefined, FIXED_DATE);
}

describe('the folder of a complete draft', async () => {
  const folder = await folderOf(draft, '湖北省仙桃市非织造布产业');
  const files = unzipSync(folder.zip);
  const dir = zipDirectory(folder.zip);
  const prefix = '湖北省仙桃市非织造布产业-申报材料电子版/';

  test('holds the 目录, the 申报表 PDF and DOCX, the 推荐汇总表, the 统计汇总表 and the draft file, in order, in one folder', () => {
    expect(folder.fileName).toBe('湖北省仙桃市非织造布产业-申报材料电子版.zip');
    expect(dir.map((e) => e.name)).toEqual(
      [
        '00-目录.txt',
        '01-湖北省仙桃市非织造布产业-申报表.pdf',
        '02-湖北省仙桃市非织造布产业-申报表（可编辑）.docx',
        '03-湖北省仙桃市非织造布产业-推荐汇总表.pdf',
        '04-湖北省仙桃市非织造布产业-推荐汇总表.xlsx',
        '05-湖北省仙桃市非织造布产业-企业发展情况表统计汇总表.pdf',
        '06-湖北省仙桃市非织造布产业-企业发展情况表统计汇总表.xlsx',
        '07-湖北省仙桃市非织造布产业-草稿（可导入集群申报助手）.json',
      ].map((n) => prefix + n),
    );
  });

  test('names every entry in UTF-8 with bit 11 set in the central and the local header', () => {
    expect(dir.filter((e) => !(e.flags & 0x800) || !(e.localFlags & 0x800)).map((e) => e.name)).toEqual([]);
  });

  test('stores the compressed files as they are and deflates the text', () => {
    expect(dir.map((e) => [e.name.slice(prefix.length, prefix.length + 2), e.method])).toEqual([
      ['00', 8], ['01', 0], ['02', 0], ['03', 0], ['04', 0], ['05', 0], ['06', 0], ['07', 8],
    ]);
  });

  test('each entry is what its name says, of the size the directory states', () => {
    const at = (i: number) => files[dir[i]!.name]!;
    dir.forEach((e) => expect(files[e.name]!.length).toBe(e.size));
    expect(strFromU8(at(1).slice(0, 5))).toBe('%PDF-');
    for (const i of [2, 4, 6]) expect(strFromU8(at(i).slice(0, 2))).toBe('PK');
    expect(strFromU8(at(3).slice(0, 5))).toBe('%PDF-');
  });

  test('the draft file imports back to the same draft', async () => {
    const parsed = await parseImportFile(strFromU8(files[dir[7]!.name]!));
    expect(parsed.ok && parsed.items[0]).toMatchObject({ ok: true, readOnly: false, draft });
    expect(parsed.ok && (parsed.items[0] as { draft: unknown }).draft).toEqual(draft);
  });

  test('the 目录 lists every other file with its size, readable by 记事本 (UTF-8 BOM, CRLF)', () => {
    const bytes = files[dir[0]!.name]!;
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(bytes);
    expect(text).toContain('\r\n');
    expect(text).not.toMatch(/[^\r]\n/);
    for (const e of dir.slice(1)) expect(text).toContain(e.name.slice(prefix.length));
    expect(text).toContain('共 7 个文件');
    expect(text).toContain('鄂经信办函〔2024〕29号');
  });
});

test('a draft without 汇总表 answers or enterprises gets neither table; a name Windows refuses is made safe', async () => {
  const { submission: _a, ...plain } = base as AnyDraft & { submission?: unknown };
  const folder = await folderOf(plain as AnyDraft, '仙桃/非织造布:产业?  ');
  const names = zipDirectory(folder.zip).map((e) => e.name);
  expect(names).toEqual([
    '仙桃_非织造布_产业_-申报材料电子版/00-目录.txt',
    '仙桃_非织造布_产业_-申报材料电子版/01-仙桃_非织造布_产业_-申报表.pdf',
    '仙桃_非织造布_产业_-申报材料电子版/02-仙桃_非织造布_产业_-申报表（可编辑）.docx',
    '仙桃_非织造布_产业_-申报材料电子版/03-仙桃_非织造布_产业_-草稿（可导入集群申报助手）.json',
  ]);
});

describe.each([
  ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
  ['集群名称。。. . ', '集群名称。。'],
  ['CON', '_CON'],
  ['nul.txt', '_nul.txt'],
  ['\u0007', '未命名'],
  ['产'.repeat(80), '产'.repeat(60)],
  ['😀'.repeat(70), '😀'.repeat(60)],
])('safeName(%j)', (input, expected) => {
  test(`is ${JSON.stringify(expected)}`, () => expect(safeName(input)).toBe(expected));
});
