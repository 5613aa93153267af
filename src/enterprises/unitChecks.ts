// Figures that look like the wrong unit: 产值 is asked in 亿元 and the other amounts in 万元, and people mix them up.
// The limits are data; each says what it suspects.
import type { EnterpriseLeaf, EnterpriseTable } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import { numberText } from './cells';
import type { RowProblem } from './problems';
import { leafNumber } from './rowValues';

/**
 * - `above`: one enterprise's 产值 of 1000 亿元 or more is a national giant's; almost surely 万元 typed as 亿元.
 * - `spread`: the same enterprise's years differ a thousandfold: one year was typed in another unit.
 * - `exceedsOutput`: 研发投入/出口 (万元) above the year's 产值 (亿元 × 10000): one of the two in the wrong unit.
 */
export const unitLimits = {
  outputAbove: 1000,
  spreadFactor: 1000,
  exceedsOutput: ['rdSpend', 'exports'],
} as const;

const _leaves = (table: EnterpriseTable, key: string) => table.leaves.filter((l) => l.column.key === key);

function _outputAbove(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  return _leaves(table, 'output').flatMap((leaf) => {
    const n = leafNumber(row, leaf);
    if (n === null || n < unitLimits.outputAbove) return [];
    return [{ kind: 'unitSuspect', severity: 'warning', leaf, detail: `${n} 亿元，超过 ${unitLimits.outputAbove} 亿元，可能按万元填写了（产值以亿元为单位）` } as const];
  });
}

function _spread(row: EnterpriseRow, leaves: readonly EnterpriseLeaf[]): RowProblem[] {
  const nums = leaves.map((l) => ({ l, n: leafNumber(row, l) })).filter((x): x is { l: EnterpriseLeaf; n: number } => x.n !== null && x.n > 0);
  if (nums.length < 2) return [];
  const max = nums.reduce((a, b) => (b.n > a.n ? b : a));
  const min = nums.reduce((a, b) => (b.n < a.n ? b : a));
  if (max.n / min.n < unitLimits.spreadFactor) return [];
  const unit = 'unit' in max.l.column ? max.l.column.unit : '';
  const detail = `与${min.l.sub ?? ''}（${min.n}）相差上千倍，可能有一年没有按${unit}填写`;
  return [{ kind: 'unitSuspect', severity: 'warning', leaf: max.l, detail }];
}

function _exceedsOutput(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  return unitLimits.exceedsOutput.flatMap((key) =>
    _leaves(table, key).flatMap((leaf) => {
      const output = _leaves(table, 'output').find((o) => o.year === leaf.year);
      const n = leafNumber(row, leaf);
      const o = output ? leafNumber(row, output) : null;
      if (n === null || o === null || n <= o * 1e4) return [];
      const detail = `${n} 万元，超过当年产值 ${o} 亿元（= ${numberText(o * 1e4)} 万元），请核对单位（${leaf.column.label}以万元、产值以亿元填写）`;
      return [{ kind: 'unitSuspect', severity: 'warning', leaf, detail } as const];
    }),
  );
}

/** Unit warnings of one row. */
export function unitChecks(row: EnterpriseRow, table: EnterpriseTable): RowProblem[] {
  const spreads = ['output', 'rdSpend', 'software', 'exports'].flatMap((k) => _spread(row, _leaves(table, k)));
  const outputAbove = _outputAbove(row, table);
  // Hint: one warning per cell; a 产值 both above the limit and far from its other years is said once.
  const said = new Set(outputAbove.map((p) => p.leaf));
  return [...outputAbove, ...spreads.filter((p) => !said.has(p.leaf)), ..._exceedsOutput(row, table)];
}
