// The problems of the enterprise list as kept in the draft, each with the row it is in (for a 「修改」 button).
import type { EnterpriseTable } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import { checkRow } from './checks';
import { firstWithSameName } from './duplicates';
import { rowMessage } from './problems';
import type { RowProblem } from './problems';

export interface ListProblem {
  readonly index: number;
  readonly rowId: string;
  readonly problem: RowProblem;
  readonly message: string;
}

/** 「第 3 家（谷城XX）」: where a row is, by its 序号 and name. */
export function rowPlace(row: EnterpriseRow, index: number): string {
  return `第 ${index + 1} 家（${row.name ?? '未填企业名称'}）`;
}

function _duplicate(dup: ReadonlyMap<number, number>, i: number, table: EnterpriseTable): RowProblem[] {
  const first = dup.get(i);
  if (first === undefined) return [];
  return [{ kind: 'duplicate', severity: 'error', leaf: table.leaves[0], detail: `与第 ${first + 1} 家是同一家企业，请删去其中一行` }];
}

/** Every row's problems, in list order. */
export function listProblems(rows: readonly EnterpriseRow[], table: EnterpriseTable): ListProblem[] {
  const dup = firstWithSameName(rows);
  return rows.flatMap((row, index) =>
    [..._duplicate(dup, index, table), ...checkRow(row, table)].map((problem) => ({
      index,
      rowId: row.id,
      problem,
      message: rowMessage(rowPlace(row, index), problem),
    })),
  );
}
