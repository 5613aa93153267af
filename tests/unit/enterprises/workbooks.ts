// Workbooks for the import tests: 表1 filled with rows (the template's own layout, merged header cells included),
// optionally with its sheet's XML edited to make a hostile or odd file (formulas, dates, wrong units).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import type { EnterpriseRow } from '../../../src/forms/enterpriseValues';
import type { FormDefinition } from '../../../src/forms/types';
import { templateDocument } from '../../../src/enterprises/documents';
import { leafText } from '../../../src/enterprises/rowValues';
import { writeDocumentXlsx } from '../../../src/enterprises/xlsx/write';
import type { TableDocument } from '../../../src/pdf/tables/types';

/** A 表1 document holding the rows. */
export function filledDocument(form: FormDefinition, rows: readonly EnterpriseRow[]): TableDocument {
  const table = enterpriseTableOf(form);
  return { ...templateDocument(table), rows: rows.map((r, i) => ({ cells: [String(i + 1), ...table.leaves.map((l) => leafText(r, l))] })) };
}

/** The workbook's bytes, its parts edited by `edit` (part name → new text). */
export async function workbook(doc: TableDocument, edit: (parts: Record<string, string>) => void = () => {}, sheet = '企业发展情况表'): Promise<Uint8Array> {
  const bytes = new Uint8Array(await (await writeDocumentXlsx(doc, sheet)).arrayBuffer());
  const files = unzipSync(bytes);
  const texts = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
  edit(texts);
  return zipSync(Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, strToU8(v)])));
}

/** Replaces the XML of one cell (by reference, e.g. 「F7」) in the first sheet. */
export function setCell(parts: Record<string, string>, ref: string, xml: string): void {
  const key = 'xl/worksheets/sheet1.xml';
  const re = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
  if (!re.test(parts[key]!)) throw new Error(`no cell ${ref}`);
  parts[key] = parts[key]!.replace(re, xml);
}
