// Pick one of a few printed options (是/否/不适用, 产业类型).
import type { ChoiceField } from '../types';
import { choiceValue } from '../values';
import type { FieldKindModel } from './types';
import { isEntered } from './shared';

const _label = (field: ChoiceField, value: string | undefined) => field.options.find((o) => o.value === value)?.label ?? '';

export const choiceKind: FieldKindModel<ChoiceField> = {
  valueSchema: (field) => choiceValue(field.options),
  texts: (f) => [f.label, ...f.options.map((o) => o.label), ...(f.note ? [f.note] : [])],
  isFilled: (_f, value) => typeof value === 'string',
  isTouched: (_f, value) => isEntered(value),
  summary: _label,
  entered: _label,
  evidenceTrigger: 'yes',
  evidenceAnswers: (field, value) => (value === 'yes' ? [_label(field, value)].filter(Boolean) : []),
};
