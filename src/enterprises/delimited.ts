// CSV files and rows pasted from WPS or Excel (tab-separated), parsed with papaparse (loaded when first needed).
// Chinese Excel saves CSV in GBK unless told otherwise: text that is not valid UTF-8 is read as GB18030.
import type { EnterpriseTable } from '../forms/enterpriseTable';
import { locateTable } from './header';
import { readSheets } from './readSheets';
import type { FileRead } from './readSheets';
import { positionalTable, rowsOf } from './rows';

/** The text of a CSV file: UTF-8 (with or without BOM) where it decodes, else GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

async function _grid(text: string, delimiter: string): Promise<string[][]> {
  const { default: Papa } = await import('papaparse');
  return Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false }).data;
}

/** A CSV file's enterprises (delimiter detected: comma, tab, semicolon…). */
export async function readCsv(file: string, bytes: Uint8Array, table: EnterpriseTable, newId: () => string): Promise<FileRead> {
  return readSheets(file, [{ sheet: file, data: await _grid(decodeText(bytes), '') }], table, newId);
}

export const PASTED = '粘贴内容';

/** Rows pasted from a spreadsheet: with the header where it was copied too, else in the order of 表1's columns. */
export async function readPasted(text: string, table: EnterpriseTable, newId: () => string): Promise<FileRead> {
  const data = await _grid(text.replace(/\r?\n$/, ''), '\t');
  if (locateTable(data, table)) return readSheets(PASTED, [{ sheet: PASTED, data }], table, newId);
  const width = Math.max(0, ...data.map((r) => r.length));
  const read = rowsOf(data, positionalTable(table, data), { file: PASTED, newId });
  const n = table.leaves.length;
  const odd = width !== n && width !== n + 1 ? [{ kind: 'missingColumns', severity: 'warning', detail: `粘贴内容有 ${width} 列，表1有 ${n + 1} 列（含序号）；已按表1的列顺序读取，请核对，或连同表头一起复制` } as const] : [];
  return { file: PASTED, rows: read.rows, problems: [...odd, ...read.problems], refused: false };
}
