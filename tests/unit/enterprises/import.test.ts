// Importing 表1: good, mixed and hostile workbooks, CSV and pasted rows; every problem named by file, row and column,
// and a refused file imports nothing.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import { formVersions } from '../../../src/forms/registry';
import { readPasted } from '../../../src/enterprises/delimited';
import { planImport } from '../../../src/enterprises/plan';
import { readFiles } from '../../../src/enterprises/readFiles';
import type { FileRead } from '../../../src/enterprises/readSheets';
import { fourEnterprises } from '../../fixtures/enterprises';
import writeXlsxFile from 'write-excel-file/universal';
import type { EnterpriseRow } from '../../../src/forms/enterpriseValues';
import { documentRows } from '../../../src/enterprises/xlsx/write';
import { filledDocument, setCell, workbook } from './workbooks';

const form = formVersions['gd-2023'];
const table = enterpriseTableOf(form);
const rows = fourEnterprises(form);
let n = 0;
const newId = () => `id${++n}`;

async function read(name: string, bytes: Uint8Array): Promise<FileRead> {
  const [r] = await readFiles([{ name, size: bytes.length, bytes: async () => bytes }], table, newId);
  return r!;
}
const messages = (reads: FileRead[]) => planImport(reads, [], table).messages;
const kinds = (r: FileRead) => r.problems.map((p) => p.kind);

/** A row as a spreadsheet gives it back: numbers without trailing zeros, empty cells gone. */
function asStored(row: EnterpriseRow): EnterpriseRow {
  const num = (t: string) => (/^-?\d+(\.\d+)?$/.test(t) ? String(Number(t)) : t);
  const entries = Object.entries(row).flatMap(([k, v]) => {
    if (typeof v === 'string') return v === '' ? [] : [[k, k === 'employees' || k === 'rdStaff' ? num(v) : v]];
    const years = Object.entries(v as Record<string, string>).filter(([, t]) => t !== '').map(([y, t]) => [y, num(t)]);
    return years.length ? [[k, Object.fromEntries(years)]] : [];
  });
  return Object.fromEntries(entries) as EnterpriseRow;
}

describe('a good workbook', () => {
  test('every enterprise and every cell comes back as typed, with where it came from', async () => {
    const r = await read('顺德.xlsx', await workbook(filledDocument(form, rows)));
    expect(r.refused).toBe(false);
    // Hint: a spreadsheet stores 12.50 as the number 12.5, and an empty cell as nothing.
    expect(r.rows.map((x) => ({ ...x.row, id: undefined }))).toEqual(rows.map((x, i) => ({ ...asStored(x), id: undefined, source: `顺德.xlsx 第 ${5 + i} 行` })));
    expect(messages([r]).filter((m) => m.severity === 'error')).toEqual([]);
  });

  test('one enterprise per sheet: every sheet holding 表1 is read, each row placed by its sheet; a notes sheet is skipped', async () => {
    const sheet = (r: (typeof rows)[number], name: string) => ({ sheet: name, data: documentRows(filledDocument(form, [r])).rows });
    const notes = { sheet: '填表说明', data: [[{ value: '请各企业按表1填写并盖章' }]] };
    const blob = await writeXlsxFile([notes, sheet(rows[0]!, '美嘉'), sheet(rows[1]!, '科宏')]).toBlob();
    const r = await read('两家.xlsx', new Uint8Array(await blob.arrayBuffer()));
    expect(r.rows.map((x) => x.place)).toEqual(['两家.xlsx 工作表“美嘉” 第 5 行', '两家.xlsx 工作表“科宏” 第 5 行']);
  });
});

describe('a mixed workbook: each problem by file, row and column', () => {
  test('text in a number column, a date, a negative, 万元 typed as 亿元, a missing name, staff above employees', async () => {
    const bad = structuredClone(rows);
    bad[0] = { ...bad[0]!, output: { ...bad[0]!.output, '2021': '约5亿' } };
    bad[1] = { ...bad[1]!, output: { ...bad[1]!.output, '2022': '94000' }, rdStaff: '500' };
    bad[2] = { ...bad[2]!, exports: { ...bad[2]!.exports, '2020': '-3' }, name: undefined };
    // Hint: a number Excel took for a date is stored as a date-formatted serial number.
    const sheet = documentRows(filledDocument(form, bad)).rows;
    sheet[7]![3] = { value: new Date('2021-03-04T00:00:00Z'), format: 'yyyy-mm-dd' };
    const withDate = new Uint8Array(await (await writeXlsxFile(sheet).toBlob()).arrayBuffer());
    const r = await read('谷城XX.xlsx', withDate);
    const texts = messages([r]).map((m) => `${m.severity} ${m.message}`);
    expect(texts).toContain('error 谷城XX.xlsx 第 5 行 产值（亿元）2021年：请填写数字（填的是“约5亿”，只填数字，不带单位）');
    expect(texts).toContain('warning 谷城XX.xlsx 第 6 行 产值（亿元）2022年：94000 亿元，超过 1000 亿元，可能按万元填写了（产值以亿元为单位）');
    expect(texts).toContain('warning 谷城XX.xlsx 第 6 行 2022年研发人员数：研发人员数（500）多于从业人员数（420），请核对');
    expect(texts).toContain('error 谷城XX.xlsx 第 7 行 企业名称：请填写企业名称');
    expect(texts).toContain('error 谷城XX.xlsx 第 7 行 出口贸易额（万元）2020年：不能为负数');
    expect(texts).toContain('error 谷城XX.xlsx 第 8 行 产值（亿元）2019年：请填写数字（单元格是日期“2021-03-04”（数字可能被表格软件当成了日期），只填数字，不带单位）');
  });

  test('the same enterprise twice, in two files, is an error naming both places', async () => {
    const a = await read('甲.xlsx', await workbook(filledDocument(form, rows)));
    const b = await read('乙.xlsx', await workbook(filledDocument(form, [rows[1]!])));
    expect(messages([a, b]).filter((m) => m.kind === 'duplicate').map((m) => m.message)).toEqual([
      `乙.xlsx 第 5 行 企业名称：与 甲.xlsx 第 6 行 是同一家企业（“${rows[1]!.name}”），请删去重复的一行`,
    ]);
  });
});

describe('formulas: their saved values are read, never evaluated', () => {
  test('a formula with its cached value gives that value; one saved without a value reads as empty', async () => {
    const bytes = await workbook(filledDocument(form, rows), (parts) => {
      setCell(parts, 'D5', '<c r="D5"><f>SUM(1,2)*1000</f><v>12.5</v></c>');
      setCell(parts, 'E5', '<c r="E5"><f>D5+1</f></c>');
    });
    const r = await read('公式.xlsx', bytes);
    expect(r.rows[0]!.row.output).toEqual({ '2019': '12.5', '2021': '14.85', '2022': '16.3' });
    expect(messages([r]).map((m) => m.message)).toContain('公式.xlsx 第 5 行：有 1 项未填（产值（亿元）2020年）；没有的请填 0');
  });
});

describe('hostile and odd files: refused whole, with the reason', () => {
  test('an empty file, a file with no table, the table on another sheet, a PDF, an old .xls', async () => {
    expect(kinds(await read('空.xlsx', new Uint8Array()))).toEqual(['noRows']);
    const noTable = await workbook({ title: '说明', columns: [{ label: '事项', width: 1 }], rows: [{ cells: ['请按表1填写'] }] });
    const r = await read('说明.xlsx', noTable);
    expect([r.refused, r.rows.length, r.problems[0]!.detail]).toEqual([true, 0, '没有找到企业发展情况表的表头（应有「企业名称」一列），请使用表1模板']);
    expect(kinds(await read('a.pdf', strToU8('%PDF-1.7\n…')))).toEqual(['notSpreadsheet']);
    expect(kinds(await read('旧.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).toEqual(['oldExcel']);
  });

  test('a header in 万元 where 表1 asks 亿元 refuses the file: nothing of it is imported', async () => {
    const doc = filledDocument(form, rows);
    const columns = doc.columns.map((c) => (c.label === '产值（亿元）' ? { ...c, label: '产值（万元）' } : c));
    const r = await read('万元.xlsx', await workbook({ ...doc, columns }));
    expect(r.refused).toBe(true);
    expect(r.rows).toEqual([]);
    expect(messages([r]).map((m) => m.message)).toContain('万元.xlsx：表头「产值（万元）」的单位是万元，表1中“产值”以亿元为单位；请换算为亿元后再导入（此文件未导入）');
  });

  test('a 10 MB file: one over the limit is refused unread; one under it (a scanned stamp inside) is read', async () => {
    const big = { name: '大.xlsx', size: 10 * 1024 * 1024 + 1, bytes: async () => { throw new Error('must not be read'); } };
    const [over] = await readFiles([big], table, newId);
    expect(over!.problems[0]!.detail).toMatch(/^文件有 10\.0 MB，超过 10\.0 MB 的上限/);
    const noise = new Uint8Array(9.5 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const bytes = await workbook(filledDocument(form, rows));
    const { unzipSync } = await import('fflate');
    const withImage = zipSync({ ...unzipSync(bytes), 'xl/media/image1.png': [noise, { level: 0 }] });
    expect(withImage.length).toBeGreaterThan(9.5 * 1024 * 1024);
    expect(withImage.length).toBeLessThan(10 * 1024 * 1024);
    const r = await read('盖章扫描.xlsx', withImage);
    expect(r.rows).toHaveLength(4);
  });

  test('a zip bomb is refused from its directory, before anything is inflated', async () => {
    const zeros = new Uint8Array(70 * 1024 * 1024);
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/worksheets/sheet1.xml': [zeros, { level: 1 }] });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const r = await read('炸弹.xlsx', bomb);
    expect([r.refused, kinds(r)]).toEqual([true, ['unpackedTooLarge']]);
  }, 30_000);

  test('a part lying about its size cannot unpack past what it declares: the file is unreadable, not a memory blow-up', async () => {
    const parts = zipSync({ 'xl/worksheets/sheet1.xml': [new Uint8Array(8 * 1024 * 1024), { level: 1 }] });
    // Hint: patch the declared sizes (local header offset 22, central directory entry offset 24) down to 1 KB.
    const view = new DataView(parts.buffer);
    view.setUint32(22, 1024, true);
    const cd = parts.length - 22 - (46 + 'xl/worksheets/sheet1.xml'.length);
    view.setUint32(cd + 24, 1024, true);
    const r = await read('谎报.xlsx', parts);
    expect(r.refused).toBe(true);
  }, 30_000);
});

describe('CSV and pasted rows', () => {
  test('a CSV saved by Chinese Excel (GBK) reads like the workbook', async () => {
    const header = ['序号', ...table.leaves.map((l) => l.label)].join(',');
    const line = ['1', rows[0]!.name, rows[0]!.business, ...table.leaves.slice(2).map(() => '1')].join(',');
    // Hint: TextEncoder only writes UTF-8; a GBK file is made from the gb18030 codes of these characters.
    const encoded = encodeGbk(header + '\r\n' + line);
    const r = await read('汇总.csv', encoded);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.row.name).toBe(rows[0]!.name);
    expect(r.rows[0]!.row.employees).toBe('1');
  });

  test('pasted rows without a header are read in the order of 表1, a leading 序号 recognised', async () => {
    const r = await readPasted('1\t新企业\t五金\t1\t2\t约3\t4\n', table, newId);
    expect(r.rows[0]!.row).toMatchObject({ name: '新企业', business: '五金', output: { '2019': '1', '2020': '2', '2021': '约3', '2022': '4' } });
    expect(r.problems.map((p) => p.kind)).toEqual(['missingColumns']);
  });

  test('pasted rows with the two header lines copied too', async () => {
    const top = ['序号', '企业名称', '主营业务', '产值（亿元）', '', '', '', '研发投入（万元）'].join('\t');
    const years = ['', '', '', '2019年', '2020年', '2021年', '2022年', '2019年'].join('\t');
    const r = await readPasted(`${top}\n${years}\n1\t甲\t乙\t1.5\t2.5\t3.5\t4.5\t800\n`, table, newId);
    expect(r.rows[0]!.row).toMatchObject({ name: '甲', output: { '2019': '1.5', '2022': '4.5' }, rdSpend: { '2019': '800' } });
  });
});

/** GBK bytes of a text of common characters (from the platform's GB18030 decoder, inverted). */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  return new Uint8Array([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f])));
}
