// Reading an .xlsx workbook: every sheet as a 2D array (read-excel-file), after the zip guard. Formulas are never
// evaluated: a formula cell gives the value Excel or WPS saved with it, and one saved without a value reads empty.
// Dates arrive as dates (and are reported where a number belongs). Loaded only on the 一企一表 page.
import readXlsxFile, { InvalidInputError, InvalidSpreadsheetError } from 'read-excel-file/universal';
import type { EnterpriseTable } from '../../forms/enterpriseTable';
import type { FileProblem } from '../problems';
import { readSheets, refusedFile } from '../readSheets';
import type { FileRead } from '../readSheets';
import { checkZip } from './guard';

function _readError(error: unknown): FileProblem {
  if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED') {
    return { kind: 'oldExcel', severity: 'error', detail: '这是旧版 Excel 文件（.xls），请在 Excel 或 WPS 中“另存为” .xlsx 格式后再导入' };
  }
  if (error instanceof InvalidInputError || error instanceof InvalidSpreadsheetError) {
    return { kind: 'unreadable', severity: 'error', detail: '文件已损坏或不是完整的 Excel 文件（.xlsx），无法读取' };
  }
  const why = error instanceof Error ? error.message : String(error);
  return { kind: 'unreadable', severity: 'error', detail: `文件已损坏或不是表格软件保存的 .xlsx 文件，无法读取（${why}）` };
}

/** The enterprises of a workbook, or why it is refused. */
export async function readWorkbook(file: string, bytes: Uint8Array, table: EnterpriseTable, newId: () => string): Promise<FileRead> {
  const refused = checkZip(bytes);
  if (refused) return refusedFile(file, refused);
  try {
    // Hint: read-excel-file takes an ArrayBuffer of its own (it checks `instanceof ArrayBuffer`), not a view into one.
    const sheets = await readXlsxFile(bytes.slice().buffer);
    return readSheets(file, sheets, table, newId);
  } catch (error) {
    return refusedFile(file, _readError(error));
  }
}
