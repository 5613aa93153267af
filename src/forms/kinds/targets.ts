// Section 8's 三年总体目标: 方向 × 指标 × 基准值 × 目标值, with rows the user may add under open directions.
import type { TargetsField } from '../types';
import type { TargetsValue } from '../values';
import { targetsValue } from '../values';
import { asIs, keepAll } from './carry';
import type { FieldKindModel } from './types';
import { allFilled, isEntered, leaves, meaningful, oneIfAny } from './shared';

const _entered = (value: unknown): string => (leaves(value).some(meaningful) ? '已填写' : '');

function _summary(field: TargetsField, value: TargetsValue | undefined): string {
  const fixed = field.directions.flatMap((d) =>
    d.indicators.map((i) => `${d.direction} · ${i.label}：${value?.fixed?.[i.key]?.baseline ?? '—'} → ${value?.fixed?.[i.key]?.target ?? '—'}`),
  );
  const added = (value?.added ?? []).map((a) => `${a.direction} · ${a.indicator ?? '—'}：${a.baseline ?? '—'} → ${a.target ?? '—'}`);
  return [...fixed, ...added].join('\n');
}

export const targetsKind: FieldKindModel<TargetsField> = {
  valueSchema: (field) => targetsValue(field.directions),
  texts: (f) => [
    ...f.columns,
    ...f.directions.flatMap((d) => [d.direction, ...d.indicators.map((i) => i.label)]),
    f.requirementsIntro,
    ...f.requirements.map((r) => r.text),
  ],
  isFilled: (field, value) => field.directions.every((d) => d.indicators.every((i) => allFilled(value?.fixed?.[i.key], ['baseline', 'target']))),
  isTouched: (_f, value) => isEntered(value),
  summary: _summary,
  entered: (_f, value) => _entered(value),
  evidenceTrigger: 'entered',
  // Hint: a baseline and a target belong to their years; rows with other years would print under the wrong header.
  carry: (_from, _to, value, ctx) =>
    ctx.from.baselineYear === ctx.to.baselineYear && ctx.from.targetYear === ctx.to.targetYear
      ? asIs(value)
      : keepAll(value, `原表的基准值为${ctx.from.baselineYear}年、目标值为${ctx.from.targetYear}年，新表为${ctx.to.baselineYear}年、${ctx.to.targetYear}年，请重新填写`),
  evidenceAnswers: (_f, value) => oneIfAny(_entered(value)),
};
