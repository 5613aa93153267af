// Finding 表1 in a sheet: the header row (the one with 「企业名称」), the year row under a merged group header, and
// which column is which cell of the table. Works on the 2D array any reader gives (XLSX, CSV, pasted rows), since a
// merged header cell arrives as its text in the first column and nothing in the others.
import type { EnterpriseLeaf, EnterpriseTable } from '../forms/enterpriseTable';
import { enterpriseTableTexts } from '../forms/enterpriseTable';
import { headerKey } from './cells';
import type { FileProblem } from './problems';

/** Where the table sits and how its columns map; `problems` are the file's (a wrong unit refuses it). */
export interface LocatedTable {
  /** Index of the first data row. */
  readonly dataStart: number;
  /** Column index → the table cell it holds. */
  readonly columns: ReadonlyMap<number, EnterpriseLeaf>;
  readonly problems: readonly FileProblem[];
}

/** Hint: a sheet with a title and the 填表单位 line puts the header on row 3; a few more rows allow for notes. */
const HEADER_SEARCH_ROWS = 20;
const YEAR = /^(\d{4})年?$/;
const NAME_KEY = headerKey('企业名称');

function _headerRow(grid: readonly (readonly unknown[])[]): number {
  return grid.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((c) => headerKey(c) === NAME_KEY));
}

/** Each column's header text: its group (carried right over a merged cell) and the year under it. */
function _columnHeads(top: readonly unknown[], under: readonly unknown[] | undefined) {
  const width = Math.max(top.length, under?.length ?? 0);
  const heads: { group: string; sub: string }[] = [];
  let carried = '';
  for (let c = 0; c < width; c++) {
    const own = headerKey(top[c]);
    const sub = headerKey(under?.[c]);
    carried = own || (YEAR.test(sub) ? carried : '');
    heads.push({ group: carried, sub });
  }
  return heads;
}

const UNIT_IN = /（(亿元|万元|千元|元)）/;

/** The leaf a header names, or why it names none (a different unit), or nothing (not a column of 表1). */
function _match(table: EnterpriseTable, group: string, sub: string): EnterpriseLeaf | FileProblem | undefined {
  const text = group + sub;
  const year = YEAR.exec(sub)?.[1] ?? /(\d{4})年?/.exec(text)?.[1];
  for (const leaf of table.leaves) {
    const col = leaf.column;
    const name = headerKey(col.label);
    if (!text.replace(UNIT_IN, '').replace(/\d{4}年?/g, '').includes(name)) continue;
    // Hint: a year column needs its year; an as-of column may leave it out, but not name another one.
    if (leaf.year !== undefined && (leaf.sub !== undefined || year !== undefined) && String(leaf.year) !== year) continue;
    if ('unit' in col && text.replace(/\d{4}年?/g, '') !== headerKey(leaf.group)) {
      const unit = UNIT_IN.exec(text)?.[1];
      if (unit && unit !== col.unit) return { kind: 'unitHeader', severity: 'error', detail: `表头「${group}」的单位是${unit}，表1中“${col.label}”以${col.unit}为单位；请换算为${col.unit}后再导入` };
    }
    return leaf;
  }
  return undefined;
}

/** Locates 表1 in a sheet; undefined where the sheet has no 「企业名称」 header. */
export function locateTable(grid: readonly (readonly unknown[])[], table: EnterpriseTable): LocatedTable | undefined {
  const h = _headerRow(grid);
  if (h < 0) return undefined;
  const under = grid[h + 1];
  const hasYears = !!under?.some((c) => YEAR.test(headerKey(c)));
  const columns = new Map<number, EnterpriseLeaf>();
  const problems: FileProblem[] = [];
  _columnHeads(grid[h]!, hasYears ? under : undefined).forEach(({ group, sub }, c) => {
    if (!group || group === headerKey(enterpriseTableTexts.serial)) return;
    const found = _match(table, group, sub);
    if (found && 'kind' in found) problems.push(found);
    else if (found && ![...columns.values()].includes(found)) columns.set(c, found);
    else problems.push({ kind: 'unknownColumn', severity: 'warning', detail: `第 ${c + 1} 列「${group}${sub}」不是表1的列（或重复），未导入` });
  });
  const missing = table.leaves.filter((l) => ![...columns.values()].includes(l)).map((l) => l.label);
  if (missing.length) problems.push({ kind: 'missingColumns', severity: 'warning', detail: `文件中没有这些列：${missing.join('、')}` });
  return { dataStart: h + (hasYears ? 2 : 1), columns, problems };
}
