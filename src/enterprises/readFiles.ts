// Reading the files an official picks (many at once, one per enterprise as they come back stamped): each by what
// its bytes are, not its name — an .xlsx is a zip, an old .xls an OLE file, anything else is tried as CSV text.
// The XLSX and CSV readers load only when a file needs them.
import type { EnterpriseTable } from '../forms/enterpriseTable';
import { refusedFile } from './readSheets';
import type { FileRead } from './readSheets';
import { MAX_FILE_BYTES, tooLarge } from './xlsx/guard';

/** A picked file: its name, size and bytes (read only once its size is known to be acceptable). */
export interface PickedFile {
  readonly name: string;
  readonly size: number;
  bytes(): Promise<Uint8Array>;
}

type Kind = 'zip' | 'ole' | 'pdf' | 'text' | 'binary';

function _kind(b: Uint8Array): Kind {
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'pdf';
  // Hint: text has no NUL bytes in its first kilobyte; every binary office format does.
  return b.subarray(0, 1024).includes(0) ? 'binary' : 'text';
}

const NOT_SHEET = '不是 Excel（.xlsx）或 CSV 文件，无法读取；请使用表1模板填写';

async function _read(file: PickedFile, table: EnterpriseTable, newId: () => string): Promise<FileRead> {
  if (file.size > MAX_FILE_BYTES) return refusedFile(file.name, tooLarge(file.size));
  const bytes = await file.bytes();
  if (bytes.length === 0) return refusedFile(file.name, { kind: 'noRows', severity: 'error', detail: '文件是空的' });
  switch (_kind(bytes)) {
    case 'zip':
      return (await import('./xlsx/read')).readWorkbook(file.name, bytes, table, newId);
    case 'text':
      return (await import('./delimited')).readCsv(file.name, bytes, table, newId);
    case 'ole':
      return refusedFile(file.name, { kind: 'oldExcel', severity: 'error', detail: '这是旧版 Excel 文件（.xls）或 WPS 表格文件（.et），请“另存为” .xlsx 格式后再导入' });
    default:
      return refusedFile(file.name, { kind: 'notSpreadsheet', severity: 'error', detail: NOT_SHEET });
  }
}

/** Loads the XLSX reader ahead of need (the first file then reads without waiting for the code). */
export function preloadWorkbookReader(): Promise<unknown> {
  return import('./xlsx/read');
}

/** Reads every picked file, one after another; a file that fails never stops the others. */
export async function readFiles(files: readonly PickedFile[], table: EnterpriseTable, newId: () => string): Promise<FileRead[]> {
  const reads: FileRead[] = [];
  for (const f of files) {
    try {
      reads.push(await _read(f, table, newId));
    } catch (error) {
      reads.push(refusedFile(f.name, { kind: 'unreadable', severity: 'error', detail: `无法读取：${error instanceof Error ? error.message : String(error)}` }));
    }
  }
  return reads;
}
