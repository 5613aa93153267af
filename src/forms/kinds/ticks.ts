// A tick-box group: any number of options, each ticked one needing evidence (「勾选需提供佐证材料」).
import type { TicksField } from '../types';
import { ticksValue } from '../values';
import { sameWords } from './carry';
import type { Carried, FieldKindModel, KeptPart } from './types';

const _ticked = (field: TicksField, value: readonly string[] | undefined) =>
  field.options.filter((o) => Array.isArray(value) && value.includes(o.value));

/** Hint: where the intro line repeats the label (「…推广工作：」), the form prints it once. */
function _heading(label: string, intro: string | undefined): string[] {
  if (!intro) return [label];
  return intro.replace(/：$/, '') === label ? [intro] : [label, intro];
}

/** Each ticked option to the option the other version prints in the same words; the others kept, by their words. */
function _carry(from: TicksField, to: TicksField, value: readonly string[]): Carried<string[]> {
  const placed: string[] = [];
  const kept: KeptPart[] = [];
  value.forEach((v, i) => {
    const label = from.options.find((o) => o.value === v)?.label ?? v;
    const there = to.options.find((o) => sameWords(o.label, label));
    if (there) placed.push(there.value);
    else kept.push({ path: [String(i)], value: label, reason: '新表没有这一选项，请在新表中另行勾选' });
  });
  return { ...(placed.length ? { value: placed } : {}), kept };
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
  carry: _carry,
  evidenceAnswers: (field, value) => _ticked(field, value).map((o) => o.label),
};
