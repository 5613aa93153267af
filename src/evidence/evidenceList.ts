// The 佐证材料 a draft calls for: each duty of the form (duties.ts) whose trigger the draft's answers meet,
// with what was answered, so the official can gather the material item by item.
import type { FormDefinition } from '../forms/types';
import { evidenceDuties, type EvidenceDuty } from './duties';
import { enteredText } from './entered';

export interface EvidenceItem {
  readonly fieldId: string;
  readonly sectionId: string;
  /** The field's label, as printed. */
  readonly label: string;
  /** 「需提供清单及佐证材料」… */
  readonly demand: string;
  /** What the draft answered: the ticked option, 「是」, or a short account of the entry (「3 个：…」). */
  readonly answer: string;
}

function _items(duty: EvidenceDuty, value: unknown, years: readonly number[]): EvidenceItem[] {
  const { field } = duty;
  const base = { fieldId: field.id, sectionId: duty.sectionId, label: field.label, demand: duty.demand };
  if (field.kind === 'ticks') {
    const ticked = Array.isArray(value) ? value : [];
    return field.options.filter((o) => ticked.includes(o.value)).map((o) => ({ ...base, answer: o.label }));
  }
  if (field.kind === 'choice') {
    const yes = field.options.find((o) => o.value === 'yes');
    return value === 'yes' && yes ? [{ ...base, answer: yes.label }] : [];
  }
  const answer = enteredText(field, value, years);
  return answer ? [{ ...base, answer }] : [];
}

/** The evidence the draft's answers call for, in print order. */
export function evidenceList(form: FormDefinition, values: Readonly<Record<string, unknown>>): EvidenceItem[] {
  return evidenceDuties(form).flatMap((d) => _items(d, values[d.field.id], form.years));
}
