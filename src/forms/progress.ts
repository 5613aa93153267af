// One measure of how far a draft is, shown everywhere (the task list, the drafts list, 核对信息): the parts finished
// (the cover and the nine sections) and the items left (fields not yet answered, as `isFilled` judges them).
import type { FormValues } from './fieldValues';
import { isFilled } from './filled';
import type { Field, FormDefinition } from './types';
import { fieldsOfItem, sectionFields } from './walk';

/** A part the official fills and finishes with 「完成本节」: the cover or a section. */
export interface FormPart {
  /** 'cover', 's1' … 's9'. */
  readonly id: string;
  readonly fields: readonly Field[];
}

/** The cover and the nine sections, in order, with the fields each edits. */
export function formParts(form: FormDefinition): FormPart[] {
  return [{ id: 'cover', fields: form.cover.fields.flatMap(fieldsOfItem) }, ...form.sections.map((s) => ({ id: s.id, fields: sectionFields(s) }))];
}

export interface FormProgress {
  readonly parts: number;
  /** Parts with every item answered, nothing wrong, and — for a part with nothing to fill (九) — finished. */
  readonly partsDone: number;
  /** Fields to answer: those a blank draft leaves unanswered (not tick-box groups, where ticking none is an answer). */
  readonly items: number;
  readonly itemsLeft: number;
}

/**
 * How far the draft is. `finished`: the parts where 「完成本节」 was pressed; `hasError`: whether a part has an
 * error (the wizard knows from the rules; storage, which does not run them, leaves it out).
 */
export function formProgress(
  form: FormDefinition,
  values: FormValues,
  finished: readonly string[],
  hasError: (partId: string) => boolean = () => false,
): FormProgress {
  const parts = formParts(form).map((p) => ({
    ...p,
    items: p.fields.filter((f) => !isFilled(f, {}, form.years)).length,
    left: p.fields.filter((f) => !isFilled(f, values, form.years)).length,
  }));
  const done = parts.filter((p) => p.left === 0 && (p.fields.length > 0 || finished.includes(p.id)) && !hasError(p.id));
  return {
    parts: parts.length,
    partsDone: done.length,
    items: parts.reduce((n, p) => n + p.items, 0),
    itemsLeft: parts.reduce((n, p) => n + p.left, 0),
  };
}

/**
 * The share of items answered, 0–1 in whole percent (the drafts list's 完成度). Hint: rounded down, so 100 % is
 * shown exactly when no item is left (299 of 300 is 99 %, not a rounded-up 100 %).
 */
export function answeredShare(p: FormProgress): number {
  return p.items === 0 ? 0 : Math.floor(((p.items - p.itemsLeft) / p.items) * 100) / 100;
}
