// The 佐证材料 a draft calls for: each duty of the form (duties.ts) whose trigger the draft's answers meet,
// with what was answered, so the official can gather the material item by item.
import type { FormValues } from '../forms/fieldValues';
import { valueOf } from '../forms/fieldValues';
import { kindOf } from '../forms/kinds';
import type { FormDefinition, ReportYears } from '../forms/types';
import { evidenceDuties, type EvidenceDuty } from './duties';

export interface EvidenceItem {
  /** Stable while the official types: the field id, and for a ticked option `{fieldId}:{option value}`. */
  readonly key: string;
  readonly fieldId: string;
  readonly sectionId: string;
  /** The field's label, as printed. */
  readonly label: string;
  /** 「需提供清单及佐证材料」… */
  readonly demand: string;
  /** What the draft answered: the ticked option, 「是」, or a short account of the entry (「3 个：…」). */
  readonly answer: string;
}

/** Hint: an answer's text changes with every keystroke; only a ticked option has a value of its own to key on. */
function _keyOf(field: EvidenceDuty['field'], answer: string): string {
  const option = field.kind === 'ticks' ? field.options.find((o) => o.label === answer) : undefined;
  return option ? `${field.id}:${option.value}` : field.id;
}

function _items(duty: EvidenceDuty, values: FormValues, years: ReportYears): EvidenceItem[] {
  const { field } = duty;
  const base = { fieldId: field.id, sectionId: duty.sectionId, label: field.label, demand: duty.demand };
  return kindOf(field)
    .evidenceAnswers(field, valueOf(values, field), years)
    .map((answer) => ({ key: _keyOf(field, answer), ...base, answer }));
}

/** The evidence the draft's answers call for, in print order. */
export function evidenceList(form: FormDefinition, values: FormValues): EvidenceItem[] {
  return evidenceDuties(form).flatMap((d) => _items(d, values, form.years));
}
