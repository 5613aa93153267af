// A tick-box group: any number of options, each ticked one needing evidence (「勾选需提供佐证材料」).
import type { TicksField } from '../types';
import { ticksValue } from '../values';
import type { FieldKindModel } from './types';

const _ticked = (field: TicksField, value: readonly string[] | undefined) =>
  field.options.filter((o) => Array.isArray(value) && value.includes(o.value));

/** Hint: where the intro line repeats the label (「…推广工作：」), the form prints it once. */
function _heading(label: string, intro: string | undefined): string[] {
  if (!intro) return [label];
  return intro.replace(/：$/, '') === label ? [intro] : [label, intro];
}

export const ticksKind: FieldKindModel<TicksField> = {
  valueSchema: (field) => ticksValue(field.options),
  texts: (f) => [..._heading(f.label, f.intro), ...f.options.map((o) => o.label), ...(f.note ? [f.note] : [])],
  // Hint: never required; ticking none is an answer.
  isFilled: () => true,
  isTouched: (_f, value) => Array.isArray(value) && value.length > 0,
  summary: (field, value) => _ticked(field, value).map((o) => `☑ ${o.label}`).join('\n') || '（未勾选任何一项）',
  entered: (field, value) => _ticked(field, value).map((o) => o.label).join('；'),
  evidenceTrigger: 'ticked',
  evidenceAnswers: (field, value) => _ticked(field, value).map((o) => o.label),
};
