// A file's sheets (as 2D arrays) to its enterprises: every sheet holding 表1 is read (a workbook may keep one
// enterprise per sheet), the others are skipped. A file with an error (a wrong unit in a header, far too many rows)
// is refused whole and says so: nothing is imported half-way.
import type { EnterpriseTable } from '../forms/enterpriseTable';
import { locateTable } from './header';
import { isError } from './problems';
import type { FileProblem } from './problems';
import { rowsOf } from './rows';
import type { ImportedRow } from './rows';

/** One sheet as a reader gives it. */
export interface SheetGrid {
  readonly sheet: string;
  readonly data: readonly (readonly unknown[])[];
}

/** What one file gave: its rows, its problems, and whether it was refused (then `rows` is empty). */
export interface FileRead {
  readonly file: string;
  readonly rows: readonly ImportedRow[];
  readonly problems: readonly FileProblem[];
  readonly refused: boolean;
}

/** A file that cannot be read at all. */
export function refusedFile(file: string, problem: FileProblem): FileRead {
  return { file, rows: [], problems: [problem], refused: true };
}

function _noTable(file: string, sheets: readonly SheetGrid[]): FileRead {
  const names = sheets.map((s) => `“${s.sheet}”`).join('、');
  const where = sheets.length > 1 ? `工作表${names}中都` : '';
  return refusedFile(file, { kind: 'noTable', severity: 'error', detail: `${where}没有找到企业发展情况表的表头（应有「企业名称」一列），请使用表1模板` });
}

/** Reads every sheet holding 表1. */
export function readSheets(file: string, sheets: readonly SheetGrid[], table: EnterpriseTable, newId: () => string): FileRead {
  const rows: ImportedRow[] = [];
  const problems: FileProblem[] = [];
  let found = 0;
  for (const s of sheets) {
    const located = locateTable(s.data, table);
    if (!located) continue;
    found++;
    const sheet = sheets.length > 1 ? s.sheet : undefined;
    const read = rowsOf(s.data, located, { file, sheet, newId });
    rows.push(...read.rows);
    problems.push(...located.problems.map((p) => (sheet ? { ...p, detail: `工作表“${sheet}”：${p.detail}` } : p)), ...read.problems);
  }
  if (!found) return _noTable(file, sheets);
  if (problems.some(isError)) return { file, rows: [], problems, refused: true };
  if (!rows.length) problems.push({ kind: 'noRows', severity: 'warning', detail: '表中没有填写任何企业' });
  return { file, rows, problems, refused: false };
}
