// Valibot schemas for the value each kind of field holds in a draft.
// Hint: numbers are kept as the text the user typed (normalised on blur), never parsed into the draft,
// so an entry that is not yet a valid number is still kept; the rules parse and judge it.
// Objects are strict: a key no form holds is an issue, never silently dropped.
import * as v from 'valibot';
import { standardCategories, standardRoles } from './types';
import type { Option, ReportYears, TargetDirection } from './types';

type Text = v.OptionalSchema<v.StringSchema<undefined>, undefined>;
const text = (): Text => v.optional(v.string());

/** One text per report year, keyed by the year: `{ "2021": "45.20", … }`. */
export function yearValues<const Y extends ReportYears>(years: Y) {
  const entries = Object.fromEntries(years.map((y) => [String(y), text()]));
  return v.optional(v.strictObject(entries as { [K in `${Y[number]}`]: Text }));
}

/** The value of one option, or nothing yet. */
export function choiceValue<const V extends string>(options: readonly Option<V>[]) {
  return v.optional(v.picklist(options.map((o) => o.value)));
}

/** The ticked options. */
export function ticksValue<const V extends string>(options: readonly Option<V>[]) {
  return v.optional(v.array(v.picklist(options.map((o) => o.value))));
}

/** 数量 and the list of 名称. */
export function countListValue() {
  return v.optional(v.strictObject({ count: text(), names: v.optional(v.array(v.string())) }));
}

const leadJoin = v.strictObject(Object.fromEntries(standardRoles.map((r) => [r.value, text()])) as { [R in (typeof standardRoles)[number]['value']]: Text });
const byCategory = v.strictObject(
  Object.fromEntries(standardCategories.map((c) => [c.value, v.optional(leadJoin)])) as {
    [C in (typeof standardCategories)[number]['value']]: v.OptionalSchema<typeof leadJoin, undefined>;
  },
);

/** Standards table: year → category → 主持/参与 counts. */
export function standardsValue<const Y extends ReportYears>(years: Y) {
  const entries = Object.fromEntries(years.map((y) => [String(y), v.optional(byCategory)]));
  return v.optional(v.strictObject(entries as { [K in `${Y[number]}`]: v.OptionalSchema<typeof byCategory, undefined> }));
}

/** 所属地区: one name per part the version asks for. */
export function regionValue<const P extends string>(parts: readonly Option<P>[]) {
  return v.optional(v.strictObject(Object.fromEntries(parts.map((p) => [p.value, text()])) as { [K in P]: Text }));
}

const targetCells = v.strictObject({ baseline: text(), target: text() });
const addedTarget = v.strictObject({ id: v.string(), direction: v.string(), indicator: text(), baseline: text(), target: text() });

/** Targets table: the printed indicator rows by key, and rows the user added under an open direction. */
export function targetsValue<const K extends string>(directions: readonly TargetDirection<K>[]) {
  const keys = directions.flatMap((d) => d.indicators.map((i) => i.key));
  const fixed = Object.fromEntries(keys.map((k) => [k, v.optional(targetCells)])) as {
    [Key in K]: v.OptionalSchema<typeof targetCells, undefined>;
  };
  return v.optional(v.strictObject({ fixed: v.optional(v.strictObject(fixed)), added: v.optional(v.array(addedTarget)) }));
}

/** Text, narrative, plan text and single numbers are all kept as text. */
export function textValue(): Text {
  return text();
}

// The value types, each read off its schema (valibot's InferOutput) and written nowhere else.
type Out<S> = NonNullable<S extends v.GenericSchema ? v.InferOutput<S> : never>;

/** Text, a narrative, plan text or a single number, as typed. */
export type TextValue = Out<ReturnType<typeof textValue>>;
/** One text per report year: `{ "2021": "45.20", … }`. */
export type YearCells = Out<ReturnType<typeof yearValues<ReportYears>>>;
/** The chosen option's value. */
export type ChoiceValue = Out<ReturnType<typeof choiceValue<string>>>;
/** The ticked options' values. */
export type TicksValue = Out<ReturnType<typeof ticksValue<string>>>;
/** 数量 and the list of 名称. */
export type CountListValue = Out<ReturnType<typeof countListValue>>;
/** Standards table: year → category → 主持/参与 counts. */
export type StandardsValue = Out<ReturnType<typeof standardsValue<ReportYears>>>;
/** 所属地区: part → name. */
export type RegionValue = Out<ReturnType<typeof regionValue<string>>>;
/** Section 8's targets table: printed rows by key, rows the user added. */
export type TargetsValue = Out<ReturnType<typeof targetsValue<string>>>;
/** One row the user added to the targets table. */
export type AddedTarget = NonNullable<TargetsValue['added']>[number];
/** The 基准值/目标值 cells of a targets row. */
export type TargetCells = NonNullable<NonNullable<TargetsValue['fixed']>[string]>;
