// 所属地区 on the cover: a name for each part the version asks for (MIIT: 省/市/县; Guangdong: 市/县).
import type { RegionField } from '../types';
import { regionValue } from '../values';
import { byKey } from './carry';
import type { FieldKindModel } from './types';
import { allFilled, isEntered, leaves, meaningful, oneIfAny } from './shared';

const _entered = (value: unknown): string => (leaves(value).some(meaningful) ? '已填写' : '');

export const regionKind: FieldKindModel<RegionField> = {
  valueSchema: (field) => regionValue(field.parts),
  texts: (f) => [f.label, ...f.parts.map((p) => p.label)],
  isFilled: (field, value) => allFilled(value, field.parts.map((p) => p.value)),
  isTouched: (_f, value) => isEntered(value),
  summary: (field, value) =>
    field.parts
      .map((p) => (value?.[p.value] ? `${value[p.value]} ${p.label}` : ''))
      .filter(Boolean)
      .join(' '),
  entered: (_f, value) => _entered(value),
  evidenceTrigger: 'entered',
  carry: (from, to, value) =>
    byKey(
      value,
      (k) => to.parts.some((p) => p.value === k),
      (k) => `新表的所属地区不填“${from.parts.find((p) => p.value === k)?.label ?? k}”`,
    ),
  evidenceAnswers: (_f, value) => oneIfAny(_entered(value)),
};
