// What can be wrong with an enterprise's row or an imported file, as typed kinds; messages are built from the kind
// and where it was found (「谷城XX.xlsx 第 3 行 产值（亿元）2021年：请填写数字」). No module compares message text.
import type { EnterpriseLeaf } from '../forms/enterpriseTable';

/** Problems of one row (a cell or the row as a whole). */
export type RowProblemKind =
  | 'notANumber'
  | 'negative'
  | 'notWhole'
  | 'missingName'
  | 'blank'
  | 'unitSuspect'
  | 'staffOverEmployees'
  | 'duplicate';

/** Problems of a whole file: it is not read, or read with columns left out. */
export type FileProblemKind =
  | 'tooLarge'
  | 'unpackedTooLarge'
  | 'notSpreadsheet'
  | 'oldExcel'
  | 'unreadable'
  | 'noTable'
  | 'unitHeader'
  | 'unknownColumn'
  | 'missingColumns'
  | 'tooManyRows'
  | 'noRows'
  | 'totalRowSkipped';

/** Errors: the value cannot be used as it is; warnings: worth a second look. */
export type Severity = 'error' | 'warning';

export interface RowProblem {
  readonly kind: RowProblemKind;
  readonly severity: Severity;
  /** The cell, where the problem is about one. */
  readonly leaf?: EnterpriseLeaf;
  /** What is wrong and what to do, in Chinese, without the place (「请填写数字（填的是“约5亿”）」). */
  readonly detail: string;
}

export interface FileProblem {
  readonly kind: FileProblemKind;
  readonly severity: Severity;
  /** What is wrong and what to do, in Chinese. */
  readonly detail: string;
}

/** 「谷城XX.xlsx 第 3 行」 or, for a workbook of several sheets, 「谷城XX.xlsx 工作表“甲” 第 3 行」. */
export function placeOf(file: string, line: number, sheet?: string): string {
  return `${file}${sheet ? ` 工作表“${sheet}”` : ''} 第 ${line} 行`;
}

/** The full message: the place, the cell, then what to do. */
export function rowMessage(place: string, p: RowProblem): string {
  return `${place}${p.leaf ? ` ${p.leaf.label}` : ''}：${p.detail}`;
}

export const isError = (p: { severity: Severity }) => p.severity === 'error';
