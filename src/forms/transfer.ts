// 「改用其他通知」: a draft's values moved from one form version to another. Each field goes to the field of the
// same meaning (its concept, a stage's year, else the same id and kind), each kind moves its own value (carry),
// and whatever has no place is kept aside with the reason, so what was typed is all still there.
import type { UnplacedValue } from './draft';
import type { FieldValue, FormValues } from './fieldValues';
import { kindOf } from './kinds';
import type { KeptPart } from './kinds';
import type { Field, FormDefinition } from './types';
import { yearFacts } from './version';
import { fieldOfConcept, formFields } from './walk';

export interface Transfer {
  /** The values placed in the new version's fields. */
  readonly values: FormValues;
  /** What has no place there, with where it was (a JSON Pointer into the old draft) and why. */
  readonly kept: readonly UnplacedValue[];
  /** Entries counted one by one (each year cell, each ticked option, each name): before, placed, kept aside. */
  readonly counts: { readonly before: number; readonly placed: number; readonly kept: number };
}

/** The field of `to` that holds what `field` of another version held, if any. */
export function counterpart(to: FormDefinition, field: Field): Field | undefined {
  const fields = formFields(to);
  if (field.kind === 'planText' && field.period !== undefined) return fields.find((f) => f.kind === 'planText' && f.period === field.period);
  if (field.concept) return fieldOfConcept(to, field.concept);
  return fields.find((f) => f.id === field.id && f.kind === field.kind && !f.concept);
}

/** Entries a person typed or ticked: each text leaf of a value. */
export function entryCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + entryCount(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + entryCount(v), 0);
  return value === undefined || value === '' ? 0 : 1;
}

const _pointer = (parts: readonly string[]) => `/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

function _keep(field: Field, parts: readonly KeptPart[]): UnplacedValue[] {
  return parts.map((k) => ({ path: _pointer(['values', field.id, ...k.path]), value: k.value, reason: `${field.label}：${k.reason}` }));
}

function _move(field: Field, target: Field | undefined, value: FieldValue, from: FormDefinition, to: FormDefinition) {
  if (!target) return { kept: _keep(field, [{ path: [], value, reason: '新表没有这一项' }]) };
  if (target.kind !== field.kind) return { kept: _keep(field, [{ path: [], value, reason: '新表中此项的填写方式不同，请重新填写' }]) };
  const carried = kindOf(field).carry(field, target as never, value as never, { from: yearFacts(from.years), to: yearFacts(to.years) });
  return { target, value: carried.value as FieldValue | undefined, kept: _keep(field, carried.kept) };
}

/** The values of a draft of `from`, moved to `to`. */
export function transferValues(from: FormDefinition, to: FormDefinition, values: FormValues): Transfer {
  const placed: { [id: string]: FieldValue } = {};
  const kept: UnplacedValue[] = [];
  const fields = formFields(from);
  for (const field of fields) {
    const value = values[field.id];
    if (value === undefined) continue;
    const moved = _move(field, counterpart(to, field), value, from, to);
    if (moved.target && moved.value !== undefined) placed[moved.target.id] = moved.value;
    kept.push(...moved.kept);
  }
  // Hint: restore leaves no value outside the fields, but a value without a field is still never dropped.
  for (const [id, value] of Object.entries(values))
    if (value !== undefined && !fields.some((f) => f.id === id)) kept.push({ path: _pointer(['values', id]), value, reason: '原表中没有这一项' });
  const counts = { before: entryCount(values), placed: entryCount(placed), kept: kept.reduce((n, k) => n + entryCount(k.value), 0) };
  return { values: placed, kept, counts };
}
