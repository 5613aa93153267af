// Pick one of a few printed options (是/否/不适用, 产业类型).
import type { ChoiceField } from '../types';
import { choiceValue } from '../values';
import { asIs, keepAll, sameWords } from './carry';
import type { Carried, FieldKindModel } from './types';
import { isEntered } from './shared';

const _label = (field: ChoiceField, value: string | undefined) => field.options.find((o) => o.value === value)?.label ?? '';

/**
 * An answer moves only to the same question asked in the same words, with the same option.
 * Hint: versions turn 「不属于…」 into 「是否属于…」 and 「高于」 into 「达到」, so a 是 may not mean the same there.
 */
function _carry(from: ChoiceField, to: ChoiceField, value: string): Carried<string> {
  const option = from.options.find((o) => o.value === value);
  const same = option && sameWords(from.label, to.label) && to.options.some((o) => o.value === value && sameWords(o.label, option.label));
  return same ? asIs(value) : keepAll(option?.label ?? value, `新表的问法不同（原问：“${from.label}”），请重新选择`);
}

export const choiceKind: FieldKindModel<ChoiceField> = {
  valueSchema: (field) => choiceValue(field.options),
  texts: (f) => [f.label, ...f.options.map((o) => o.label), ...(f.note ? [f.note] : [])],
  isFilled: (_f, value) => typeof value === 'string',
  isTouched: (_f, value) => isEntered(value),
  summary: _label,
  entered: _label,
  evidenceTrigger: 'yes',
  carry: _carry,
  evidenceAnswers: (field, value) => (value === 'yes' ? [_label(field, value)].filter(Boolean) : []),
};
