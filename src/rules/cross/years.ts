// Plausibility of a year against the year before: a jump of more than 10× (either way) is flagged, never blocked.
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import type { NumberField } from '../../forms/types';
import { formFields } from '../../forms/walk';
import { numberOf } from '../read';
import type { RuleIssue } from '../types';
import type { CrossRule } from './rule';
import { looksLikeWan } from './units';

/** More than this factor between consecutive years is implausible enough to ask (typically a unit slip: 万元 vs 亿元). */
export const YEAR_JUMP_FACTOR = 10;

function _jumps(ctx: NoticeContext, values: FormValues, field: NumberField): RuleIssue[] {
  const nums = ctx.years.map((y) => numberOf(values, field, y));
  return ctx.years.slice(1).flatMap((year, i) => {
    const prev = nums[i];
    const cur = nums[i + 1];
    if (!prev || !cur || prev.value <= 0 || cur.value <= 0) return [];
    // Hint: a 亿元 cell holding 万元 is asked about once, by the unit-slip rule, with the value it should be.
    if (field.unit === '亿元' && [prev, cur].some((n, j) => looksLikeWan(n.value, [[cur, prev][j]!.value]))) return [];
    const factor = Math.max(cur.value / prev.value, prev.value / cur.value);
    if (factor <= YEAR_JUMP_FACTOR) return [];
    const way = cur.value > prev.value ? `是${ctx.years[i]}年的 ${factor.toFixed(1)} 倍` : `只有${ctx.years[i]}年的 1/${factor.toFixed(1)}`;
    return [
      {
        fieldId: field.id,
        path: String(year),
        severity: 'warning' as const,
        kind: 'plausibility' as const,
        place: `${year}年`,
        message: `数值${way}，请核实单位和数值`,
        rule: 'cross:yearJump',
      },
    ];
  });
}

export const yearJumpRule: CrossRule = {
  id: 'cross:yearJump',
  check: (ctx, values) =>
    formFields(ctx.form)
      .filter((f): f is NumberField => f.kind === 'number' && f.perYear && (f.measure === 'amount' || f.measure === 'count'))
      .flatMap((f) => _jumps(ctx, values, f)),
};
