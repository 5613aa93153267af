// Evaluating the computed values on a draft: read inputs by concept, compute, and compare with what was typed.
// “Differs by more than rounding”: the inputs are taken as rounded to the decimals typed (counts exact), the typed
// result as rounded to two; it differs only if no choice of unrounded inputs could give it.
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import { formatNumber } from '../../forms/numbers';
import type { Concept } from '../../forms/concepts';
import type { Field, FormDefinition, TargetsField } from '../../forms/types';
import { formFields } from '../../forms/walk';
import { cellSpec } from '../fields/cellSpecs';
import { round2 } from '../format';
import { fieldFor, numberFieldFor, numberOf, toNum } from '../read';
import type { Num } from '../read';
import type { ComputedValue } from '../types';
import type { ComputedSpec, InputRef } from './spec';

/** Half a cent: the rounding of a typed two-decimal result. */
const TYPED_HALF = 0.005;

/** The input's field exists and can be read the way the spec asks (a year index needs a per-year field). */
function _canRead(form: FormDefinition, input: InputRef): boolean {
  const field = numberFieldFor(form, input.concept);
  return !!field && (typeof input.year !== 'number' || field.perYear);
}

function _readInput(ctx: NoticeContext, values: FormValues, input: InputRef): Num | null {
  const field = numberFieldFor(ctx.form, input.concept);
  if (!field) return null;
  const index = input.year === 'last' ? 2 : input.year;
  return numberOf(values, field, field.perYear && index !== undefined ? ctx.years[index] : undefined);
}

function _inputName(ctx: NoticeContext, input: InputRef): string {
  const field = numberFieldFor(ctx.form, input.concept);
  const index = input.year === 'last' ? 2 : input.year;
  return field?.perYear && index !== undefined ? `${ctx.years[index]}年${input.name}` : input.name;
}

/** The range of results over every corner of the inputs' rounding intervals (each formula is monotone per input). */
function _range(spec: ComputedSpec, nums: readonly Num[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let mask = 0; mask < 1 << nums.length; mask++) {
    const r = spec.compute(...nums.map((n, i) => n.value + ((mask >> i) & 1 ? n.half : -n.half)));
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  return [lo, hi];
}

/** The spec applies to this form version. */
export function applies(form: FormDefinition, spec: ComputedSpec): boolean {
  if (spec.unless && fieldFor(form, spec.unless)) return false;
  return spec.inputs.every((i) => _canRead(form, i)) && locateSpec(form, spec) !== undefined;
}

/** Where a computed value is shown, and how to read what the user typed there. */
export interface Place {
  readonly field: Field;
  readonly fieldId: string;
  readonly path?: string;
  readonly typedText: (values: FormValues) => unknown;
}

/** A baseline cell of the targets table, by the row's concept. */
function _baselinePlace(form: FormDefinition, concept: Concept): Place | undefined {
  const field = formFields(form).find((f): f is TargetsField => f.kind === 'targets');
  const row = field?.directions.flatMap((d) => d.indicators).find((i) => i.concept === concept);
  if (!field || !row) return undefined;
  type Table = { fixed?: Record<string, { baseline?: string } | undefined> } | undefined;
  return { field, fieldId: field.id, path: `fixed.${row.key}.baseline`, typedText: (v) => (v[field.id] as Table)?.fixed?.[row.key]?.baseline };
}

function _locate(form: FormDefinition, spec: ComputedSpec): Place | undefined {
  const t = spec.target;
  if (t.kind === 'baseline') return _baselinePlace(form, t.concept);
  const field = numberFieldFor(form, t.concept);
  if (!field) return undefined;
  if (t.kind === 'info') return { field, fieldId: field.id, typedText: () => undefined };
  if ((t.year !== undefined) !== field.perYear) return undefined;
  const year = t.year === undefined ? undefined : form.years[t.year];
  if (year === undefined) return { field, fieldId: field.id, typedText: (v) => v[field.id] };
  return { field, fieldId: field.id, path: String(year), typedText: (v) => (v[field.id] as Record<string, unknown> | undefined)?.[String(year)] };
}

const places = new WeakMap<FormDefinition, Map<ComputedSpec, Place | undefined>>();

/** The spec's place on the form, or undefined where this version has none; worked out once per version. */
export function locateSpec(form: FormDefinition, spec: ComputedSpec): Place | undefined {
  let map = places.get(form);
  if (!map) places.set(form, (map = new Map()));
  if (!map.has(spec)) map.set(spec, _locate(form, spec));
  return map.get(spec);
}

/** The computed value of one spec on the draft. */
export function evaluateSpec(ctx: NoticeContext, values: FormValues, spec: ComputedSpec): ComputedValue {
  const where = locateSpec(ctx.form, spec)!;
  const nums = spec.inputs.map((i) => _readInput(ctx, values, i));
  const formula = spec.formula(spec.inputs.map((i) => _inputName(ctx, i)));
  const typedNum = toNum(where.typedText(values));
  const typed = typedNum ? typedNum.value : null;
  const kind = spec.target.kind === 'info' ? 'info' : 'field';
  const centre = nums.every((n): n is Num => n !== null) ? spec.compute(...nums.map((n) => n.value)) : NaN;
  const base = {
    id: spec.id,
    fieldId: where.fieldId,
    ...(where.path ? { path: where.path } : {}),
    label: spec.label,
    formula,
    kind,
    copied: spec.copy === true,
  } as const;
  // Hint: every input there and still no number: a growth from a base of 0 (issue 16), shown as 「—（基数为 0）」.
  const zeroBase = !Number.isFinite(centre) && nums.some((n) => n !== null && n.value === 0) && nums.every((n) => n !== null);
  if (!Number.isFinite(centre)) return { ...base, ...(zeroBase ? { formula: '基数为 0' } : {}), value: null, typed, differs: false, suggestion: null };
  const [lo, hi] = _range(spec, nums as Num[]);
  const differs = typed !== null && (typed < lo - TYPED_HALF - 1e-9 || typed > hi + TYPED_HALF + 1e-9);
  const value = round2(centre);
  // Hint: a count's cell takes a whole number (「286」, not 「286.00」).
  const whole = kind === 'field' && cellSpec(where.field, where.path)?.measure === 'count';
  const suggestion = kind === 'field' && (typed === null || differs) ? formatNumber(value, whole ? 0 : 2) : null;
  return { ...base, value, typed, differs, suggestion };
}
