// A notice's own 佐证材料清单 (Guangdong 附件2) against a draft: each item with what the draft answered in the
// fields it is about, and whether a 「（如有）」 item is called for by the answer the form gives.
import type { ChecklistItem, EvidenceChecklist } from '../forms/checklists/types';
import type { FormValues } from '../forms/fieldValues';
import type { FormDefinition } from '../forms/types';
import { fieldById, sectionFields } from '../forms/walk';
import { enteredText } from './entered';

/** `needed`: submit it; `not-needed`: a 「（如有）」 item the draft's answer rules out; `open`: that answer is not given yet. */
export type ChecklistState = 'needed' | 'not-needed' | 'open';

export interface ChecklistEntry {
  readonly number: number;
  readonly text: string;
  readonly heading: string;
  readonly state: ChecklistState;
  /** What the draft answered, per related field: 「专精特新中小企业数量：2020年 18，…」. */
  readonly answers: readonly { readonly fieldId: string; readonly label: string; readonly text: string }[];
  /** For a 「（如有）」 item: the question that decides it, and the answer given (empty while unanswered). */
  readonly condition?: { readonly label: string; readonly answer: string };
  /** Where to change it: the first related field, in its section. */
  readonly edit?: { readonly fieldId: string; readonly sectionId: string };
  /** A document the product writes for the item (see ChecklistItem). */
  readonly document?: ChecklistItem['document'];
}

function _edit(form: FormDefinition, fieldId: string | undefined) {
  const section = fieldId && form.sections.find((s) => sectionFields(s).some((f) => f.id === fieldId));
  return section ? { edit: { fieldId: fieldId!, sectionId: section.id } } : {};
}

function _condition(form: FormDefinition, values: FormValues, when: { field: string } | undefined) {
  if (!when) return {};
  const field = fieldById(form, when.field);
  return { condition: { label: field.label, answer: enteredText(field, values, form.years) } };
}

function _state(values: FormValues, when: { field: string; answer: string } | undefined): ChecklistState {
  if (!when) return 'needed';
  const answer = values[when.field];
  if (answer === undefined) return 'open';
  return answer === when.answer ? 'needed' : 'not-needed';
}

export function checklistEntries(checklist: EvidenceChecklist, form: FormDefinition, values: FormValues): ChecklistEntry[] {
  return checklist.sections.flatMap((s) =>
    s.items.map((item) => {
      const answers = (item.fields ?? []).flatMap((id) => {
        const field = fieldById(form, id);
        const text = enteredText(field, values, form.years);
        return text ? [{ fieldId: id, label: field.label, text }] : [];
      });
      return {
        number: item.number,
        text: item.text,
        heading: s.heading,
        state: _state(values, item.when),
        answers,
        ..._condition(form, values, item.when),
        ..._edit(form, item.fields?.[0]),
        ...(item.document ? { document: item.document } : {}),
      };
    }),
  );
}
