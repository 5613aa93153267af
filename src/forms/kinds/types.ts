// What every kind of field brings at the definition level: its stored value's schema, its printed texts, when it
// counts as answered, and its answer as text (for the review page and the evidence list). The renderers of each
// layer (wizard input, rules, PDF, DOCX) sit in their own registries, typed the same way, so the page never loads
// the PDF code and the PDF worker never loads Preact.
import type * as v from 'valibot';
import type { FieldValue } from '../fieldValues';
import type { Field, FieldKind, FieldOfKind, ReportYears } from '../types';
import type { YearFacts } from '../version';

/** When an evidence duty printed with a field applies: each ticked option, an answer 是, or any entry at all. */
export type DutyTrigger = 'ticked' | 'yes' | 'entered';

/** The report years of the version a value comes from and of the one it moves to. */
export interface CarryContext {
  readonly from: YearFacts;
  readonly to: YearFacts;
}

/** A part of a value that has no place in the other version: where in the value, what it was, and why. */
export interface KeptPart {
  readonly path: readonly string[];
  readonly value: unknown;
  readonly reason: string;
}

/** A value moved to another version's field: what fits there, and what is kept aside (never dropped). */
export interface Carried<V> {
  readonly value?: V;
  readonly kept: readonly KeptPart[];
}

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
  /**
   * The value moved to the same field of another form version (「改用其他通知」): year cells to the matching years,
   * options by their printed words; whatever has no place, or would print for another year, is kept aside.
   */
  readonly carry: (from: F, to: F, value: FieldValue<F>, ctx: CarryContext) => Carried<FieldValue<F>>;
}

/** One model per field kind: a kind without one does not compile. */
export type FieldKindModels = { readonly [K in FieldKind]: FieldKindModel<FieldOfKind<K>> };
