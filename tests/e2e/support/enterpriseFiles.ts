// Filled 表1 workbooks as enterprises send them back: the template's layout (title, 填表单位 line, merged header,
// the 备注 line) with their rows, written by the same writer the page's template comes from.
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import type { EnterpriseRow } from '../../../src/forms/enterpriseValues';
import type { FormDefinition } from '../../../src/forms/types';
import { templateDocument } from '../../../src/enterprises/documents';
import { leafText } from '../../../src/enterprises/rowValues';
import { writeDocumentXlsx } from '../../../src/enterprises/xlsx/write';

/** The bytes of a 表1 workbook holding these enterprises. */
export async function filledWorkbook(form: FormDefinition, rows: readonly EnterpriseRow[]): Promise<Buffer> {
  const table = enterpriseTableOf(form);
  const doc = { ...templateDocument(table), rows: rows.map((r, i) => ({ cells: [String(i + 1), ...table.leaves.map((l) => leafText(r, l))] })) };
  return Buffer.from(await (await writeDocumentXlsx(doc, '企业发展情况表')).arrayBuffer());
}

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
