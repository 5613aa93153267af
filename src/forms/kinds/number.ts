// A number, single or one per report year, kept as the text typed.
import type { FieldValue } from '../fieldValues';
import type { NumberField, ReportYears } from '../types';
import { textValue, yearValues } from '../values';
import { asIs, byKey, keepAll, yearNotReported } from './carry';
import type { Carried, CarryContext, FieldKindModel } from './types';
import { allFilled, hasText, isEntered, leaves, nonZero, oneIfAny, withUnit } from './shared';

type Value = FieldValue<NumberField> | undefined;

/** The cell of one year ('' when empty or when the value is a single number). */
export function yearCell(value: Value, year: number): string {
  const cell = typeof value === 'object' ? value[`${year}`] : undefined;
  return typeof cell === 'string' ? cell : '';
}

const _single = (value: Value): string => (typeof value === 'string' ? value : '');

function _summary(field: NumberField, value: Value, years: ReportYears): string {
  if (!field.perYear) return withUnit(_single(value), field.unit);
  return years
    .map((y) => (yearCell(value, y) ? `${y}年 ${withUnit(yearCell(value, y), field.unit)}` : ''))
    .filter(Boolean)
    .join('；');
}

function _entered(field: NumberField, value: Value, years: ReportYears): string {
  if (!field.perYear) return nonZero(value) ? _single(value).trim() : '';
  return leaves(value).some(nonZero) ? years.map((y) => `${y}年 ${yearCell(value, y) || '—'}`).join('，') : '';
}

/** Year cells to the same years; a single figure only where both versions date it to the same year end. */
function _carry(from: NumberField, to: NumberField, value: FieldValue<NumberField>, ctx: CarryContext): Carried<FieldValue<NumberField>> {
  if (from.perYear !== to.perYear) return keepAll(value, `新表中此项${to.perYear ? '按年份逐年' : '只填一个数'}填报，填写方式不同，请重新填写`);
  if (typeof value === 'object') {
    const years = new Set(ctx.to.years.map(String));
    return byKey(value, (k) => years.has(k), yearNotReported);
  }
  if (ctx.from.dataAsOfYear === ctx.to.dataAsOfYear) return asIs(value);
  return keepAll(value, `原为截至${ctx.from.dataAsOfYear}年底的数据，新表填报截至${ctx.to.dataAsOfYear}年底的数据，请重新填写`);
}

export const numberKind: FieldKindModel<NumberField> = {
  valueSchema: (field, years) => (field.perYear ? yearValues(years) : textValue()),
  texts: (f) => [f.label, ...(f.note ? [f.note] : [])],
  isFilled: (field, value, years) =>
    field.perYear ? typeof value === 'object' && allFilled(value, years.map(String)) : hasText(value),
  isTouched: (_f, value) => isEntered(value),
  summary: _summary,
  entered: _entered,
  evidenceTrigger: 'entered',
  carry: _carry,
  evidenceAnswers: (field, value, years) => oneIfAny(_entered(field, value, years)),
};
