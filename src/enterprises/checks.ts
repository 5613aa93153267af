// Checking one enterprise's row: numbers that are not numbers, negative or fractional counts, a missing name, empty
// cells, figures that look like the wrong unit (产值 in 万元 typed into 亿元) and 研发人员 above 从业人员.
import type { EnterpriseLeaf, EnterpriseTable } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import { parseNumberText } from '../forms/numbers';
import type { RowProblem } from './problems';
import { leafNumber, leafText } from './rowValues';
import { unitChecks } from './unitChecks';

const DATE_LIKE = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;

function _notNumber(leaf: EnterpriseLeaf, text: string): RowProblem {
  const why = DATE_LIKE.test(text) ? `单元格是日期“${text}”（数字可能被表格软件当成了日期），` : `填的是“${text.slice(0, 20)}”，`;
  return { kind: 'notANumber', severity: 'error', leaf, detail: `请填写数字（${why}只填数字，不带单位）` };
}

/** A number cell's own problem, if any. */
function _cellProblem(leaf: EnterpriseLeaf, text: string | undefined): RowProblem | undefined {
  const parsed = parseNumberText(text);
  if (parsed.kind === 'empty') return undefined;
  if (parsed.kind === 'invalid') return _notNumber(leaf, parsed.text);
  if (parsed.value < 0) return { kind: 'negative', severity: 'error', leaf, detail: '不能为负数' };
  if (leaf.column.kind === 'count' && parsed.decimals > 0) return { kind: 'notWhole', severity: 'error', leaf, detail: '请填写整数（人数）' };
  return undefined;
}

function _blank(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  const empty = table.leaves.filter((l) => l.column.kind !== 'text' && leafText(row, l) === undefined);
  if (!empty.length) return [];
  const shown = empty.slice(0, 4).map((l) => l.label).join('、');
  const detail = `有 ${empty.length} 项未填（${shown}${empty.length > 4 ? '等' : ''}）；没有的请填 0`;
  return [{ kind: 'blank', severity: 'warning', detail }];
}

function _staff(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  const [employees, rd] = ['employees', 'rdStaff'].map((k) => table.leaves.find((l) => l.column.key === k)!);
  const e = leafNumber(row, employees!);
  const r = leafNumber(row, rd!);
  if (e === null || r === null || r <= e) return [];
  return [{ kind: 'staffOverEmployees', severity: 'warning', leaf: rd, detail: `研发人员数（${r}）多于从业人员数（${e}），请核对` }];
}

const checked = new WeakMap<EnterpriseRow, { table: EnterpriseTable; problems: RowProblem[] }>();

/**
 * Every problem of one row, in column order.
 * Hint: remembered per row object (rows are replaced when edited), so the list after an import reuses the checks
 * the import plan made.
 */
export function checkRow(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  const seen = checked.get(row);
  if (seen?.table === table) return seen.problems;
  const problems = _check(row, table);
  checked.set(row, { table, problems });
  return problems;
}

function _check(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  const cells = table.leaves.flatMap((l) => (l.column.kind === 'text' ? [] : [_cellProblem(l, leafText(row, l))].filter((p) => p !== undefined)));
  const name = leafText(row, table.leaves[0]!) === undefined ? [{ kind: 'missingName', severity: 'error', leaf: table.leaves[0], detail: '请填写企业名称' } as const] : [];
  return [...name, ...cells, ..._staff(row, table), ...unitChecks(row, table), ..._blank(row, table)];
}
