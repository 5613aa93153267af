// 万元 typed into a 亿元 cell: a value of 10000 亿元 or more, or 1000 times the field's other years, is asked about
// (「是否误填为万元？」) even where only one year is filled, with the value in 亿元 offered. Never changed unasked.
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import { valueOf } from '../../forms/fieldValues';
import type { NumberField, TargetsField } from '../../forms/types';
import { pathPrefix } from '../fields/issues';
import { formFields } from '../../forms/walk';
import { numberOf, toNum } from '../read';
import type { Num } from '../read';
import type { RuleIssue } from '../types';
import type { CrossRule } from './rule';

/** 1 亿元 = 10000 万元. */
export const WAN_PER_YI = 10000;
/** A 亿元 figure this large is beyond any county's cluster (1 万亿元); most likely 万元. */
export const SLIP_AT = 10000;
/** … or this many times the field's other years. */
export const SLIP_FACTOR = 1000;

/** The value looks like 万元 in a 亿元 cell, against the field's other (positive) values. */
export function looksLikeWan(value: number, others: readonly number[]): boolean {
  if (value >= SLIP_AT) return true;
  const positive = others.filter((o) => o > 0);
  return positive.length > 0 && positive.every((o) => value >= SLIP_FACTOR * o);
}

/** 540000 → '54'; 123456 → '12.3456' (offered as it converts; the rules then ask for two decimals). */
export const wanToYi = (value: number): string => String(Number((value / WAN_PER_YI).toFixed(8)));

/** One 亿元 cell of a field: where it is, and its number. */
interface YiCell {
  readonly path?: string;
  readonly place?: string;
  readonly n: Num | null;
}

/** Each cell of a field that looks like 万元, against the field's other cells, with the value in 亿元 offered. */
function _slips(fieldId: string, cells: readonly YiCell[]): RuleIssue[] {
  return cells.flatMap(({ path, place, n }, i) => {
    if (!n) return [];
    const others = cells.flatMap((c, j) => (j !== i && c.n ? [c.n.value] : []));
    if (!looksLikeWan(n.value, others)) return [];
    const yi = wanToYi(n.value);
    return [
      {
        fieldId,
        ...(path ? { path } : {}),
        ...(place ? { place } : {}),
        severity: 'warning' as const,
        kind: 'plausibility' as const,
        message: `${n.value} 亿元即 ${n.value / WAN_PER_YI} 万亿元，是否误填为万元？本栏单位为亿元；若是万元，应填 ${yi}`,
        rule: 'cross:unitSlip',
        offer: { text: yi, label: `改为 ${yi}（亿元）` },
      },
    ];
  });
}

/** A number field's cells: its years, or its single value. */
function _numberCells(ctx: NoticeContext, values: FormValues, field: NumberField): YiCell[] {
  if (!field.perYear) return [{ n: numberOf(values, field) }];
  return ctx.years.map((year) => ({ path: String(year), place: `${year}年`, n: numberOf(values, field, year) }));
}

/** The 基准值 and 目标值 of each targets row kept in 亿元, a row at a time. */
function _targetSlips(values: FormValues, field: TargetsField): RuleIssue[] {
  const table = valueOf(values, field)?.fixed;
  return field.directions
    .flatMap((d) => d.indicators)
    .filter((row) => row.unit === '亿元')
    .flatMap((row) =>
      _slips(
        field.id,
        (['baseline', 'target'] as const).map((cell) => ({
          path: `fixed.${row.key}.${cell}`,
          place: pathPrefix(field, ['fixed', row.key, cell]),
          n: toNum(table?.[row.key]?.[cell]),
        })),
      ),
    );
}

/** Every 亿元 number field and targets row, each cell against the others. */
export const unitSlipRule: CrossRule = {
  id: 'cross:unitSlip',
  check: (ctx, values) =>
    formFields(ctx.form).flatMap((f) =>
      f.kind === 'number' && f.unit === '亿元' ? _slips(f.id, _numberCells(ctx, values, f)) : f.kind === 'targets' ? _targetSlips(values, f) : [],
    ),
};
