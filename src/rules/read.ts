// Reading a draft by concept: find a form version's field for a concept, and its numbers, parsed from the typed text.
// Hint: rules never name a field id or label; the three versions word and place the same quantity differently.
import type { FormValues } from '../forms/fieldValues';
import type { Concept } from '../forms/concepts';
import { parseNumberText } from '../forms/numbers';
import type { Field, FormDefinition, NumberField } from '../forms/types';
import { fieldOfConcept, fieldsOfItem } from '../forms/walk';

/** A parsed number and half the step it was rounded to (「12.35」 → ±0.005), for “differs by more than rounding”. */
export interface Num {
  readonly value: number;
  readonly half: number;
}

const sectionOf = new WeakMap<FormDefinition, Map<string, string>>();

/** The field of this form version that carries the concept, if the version has one. */
export function fieldFor(form: FormDefinition, concept: Concept): Field | undefined {
  return fieldOfConcept(form, concept);
}

/** The number field for the concept, if the version has one and it is a number. */
export function numberFieldFor(form: FormDefinition, concept: Concept): NumberField | undefined {
  const f = fieldFor(form, concept);
  return f?.kind === 'number' ? f : undefined;
}

/** Field id → the section that prints it ('cover', 's1'…); mirrored cover fields stay on the cover. */
export function sectionOfField(form: FormDefinition, fieldId: string): string | undefined {
  let map = sectionOf.get(form);
  if (!map) {
    map = new Map(form.cover.fields.flatMap(fieldsOfItem).map((f) => [f.id, 'cover']));
    for (const s of form.sections) for (const f of s.items.flatMap(fieldsOfItem)) map.set(f.id, s.id);
    sectionOf.set(form, map);
  }
  return map.get(fieldId);
}

/** Parse a typed text into a Num, or null when blank or not a number. */
export function toNum(text: unknown, exact = false): Num | null {
  if (typeof text !== 'string') return null;
  const p = parseNumberText(text);
  if (p.kind !== 'number') return null;
  return { value: p.value, half: exact ? 0 : 0.5 * 10 ** -p.decimals };
}

/** The typed text of a number field: the single value, or the given year's. */
export function cellText(values: FormValues, field: NumberField, year?: number): unknown {
  const raw = values[field.id];
  if (!field.perYear) return raw;
  if (year === undefined || typeof raw !== 'object' || raw === null) return undefined;
  return (raw as Record<string, unknown>)[String(year)];
}

/** A number of the field; counts are exact, other measures carry their rounding. */
export function numberOf(values: FormValues, field: NumberField, year?: number): Num | null {
  return toNum(cellText(values, field, year), field.measure === 'count');
}

/** The concept's value for each report year (null where missing); a single-value field yields [null, null, v]. */
export function seriesOf(form: FormDefinition, values: FormValues, concept: Concept): (Num | null)[] | undefined {
  const field = numberFieldFor(form, concept);
  if (!field) return undefined;
  if (!field.perYear) return [null, null, numberOf(values, field)];
  return form.years.map((y) => numberOf(values, field, y));
}

/** The concept's latest value: the last report year's, or the single value (as of the end of the last year). */
export function latestOf(form: FormDefinition, values: FormValues, concept: Concept): Num | null | undefined {
  const field = numberFieldFor(form, concept);
  if (!field) return undefined;
  return numberOf(values, field, field.perYear ? form.years[2] : undefined);
}
