// 所属地区 on the cover: a name for each part the version asks for (MIIT: 省/市/县; Guangdong: 市/县).
import type { RegionField } from '../types';
import { regionValue } from '../values';
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
  evidenceAnswers: (_f, value) => oneIfAny(_entered(value)),
};
