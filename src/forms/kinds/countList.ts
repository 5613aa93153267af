// 数量 + 名称: a count and the names it counts.
import type { CountListValue } from '../values';
import type { CountListField } from '../types';
import { countListValue } from '../values';
import { asIs } from './carry';
import type { FieldKindModel } from './types';
import { hasText, isEntered, meaningful, nonZero, oneIfAny } from './shared';

function _summary(value: CountListValue | undefined): string {
  const names = (value?.names ?? []).filter((n) => n.trim());
  return value?.count ? `数量：${value.count} 个${names.length ? `；名称：${names.join('、')}` : ''}` : '';
}

function _entered(value: CountListValue | undefined): string {
  const names = (value?.names ?? []).filter(meaningful);
  if (!names.length && !nonZero(value?.count)) return '';
  return `${meaningful(value?.count) ? `${value.count.trim()} 个` : ''}${names.length ? `：${names.join('；')}` : ''}`;
}

export const countListKind: FieldKindModel<CountListField> = {
  valueSchema: () => countListValue(),
  texts: (f) => [f.label, ...(f.note ? [f.note] : [])],
  isFilled: (_f, value) => hasText(value?.count),
  isTouched: (_f, value) => isEntered(value),
  summary: (_f, value) => _summary(value),
  entered: (_f, value) => _entered(value),
  evidenceTrigger: 'entered',
  // Hint: the platforms, projects and alliances listed stay recognised; the list moves whole, to be extended.
  carry: (_from, _to, value) => asIs(value),
  evidenceAnswers: (_f, value) => oneIfAny(_entered(value)),
};
