// What every kind of field brings at the definition level: its stored value's schema, its printed texts, when it
// counts as answered, and its answer as text (for the review page and the evidence list). The renderers of each
// layer (wizard input, rules, PDF, DOCX) sit in their own registries, typed the same way, so the page never loads
// the PDF code and the PDF worker never loads Preact.
import type * as v from 'valibot';
import type { FieldValue } from '../fieldValues';
import type { Field, FieldKind, FieldOfKind, ReportYears } from '../types';

/** When an evidence duty printed with a field applies: each ticked option, an answer 是, or any entry at all. */
export type DutyTrigger = 'ticked' | 'yes' | 'entered';

/** The definition-level plugin of one field kind. */
export interface FieldKindModel<F extends Field> {
  /** The valibot schema of the value a draft stores; every part optional, since a draft is filled over days. */
  readonly valueSchema: (field: F, years: ReportYears) => v.GenericSchema;
  /** The texts the form prints for the field, in print order (label, hint, options, notes). */
  readonly texts: (field: F) => string[];
  /** Answered: drives step statuses and completeness. */
  readonly isFilled: (field: F, value: FieldValue<F> | undefined, years: ReportYears) => boolean;
  /** Anything entered at all (「填写中」 rather than 「未开始」). */
  readonly isTouched: (field: F, value: FieldValue<F> | undefined) => boolean;
  /** The answer in one line (targets: a line per indicator) for 核对信息; '' when not answered. */
  readonly summary: (field: F, value: FieldValue<F> | undefined, years: ReportYears) => string;
  /** A short account for the evidence list; '' where nothing calls for evidence (blank, 「无」, only zeros). */
  readonly entered: (field: F, value: FieldValue<F> | undefined, years: ReportYears) => string;
  /** When an evidence duty printed with the field applies. */
  readonly evidenceTrigger: DutyTrigger;
  /** One entry per piece of evidence the answer calls for (each ticked option, an answer 是, the entry itself). */
  readonly evidenceAnswers: (field: F, value: FieldValue<F> | undefined, years: ReportYears) => string[];
}

/** One model per field kind: a kind without one does not compile. */
export type FieldKindModels = { readonly [K in FieldKind]: FieldKindModel<FieldOfKind<K>> };
