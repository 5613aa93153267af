// The draft's 一企一表: one row per enterprise of 表1, its schema built from the table's columns and years.
// Hint: numbers are kept as the text typed or read from a file (like the form's values, see values.ts), so an
// entry that is not yet a number is kept and shown with its problem, never dropped.
import * as v from 'valibot';
import { enterpriseColumns, enterpriseTableOf } from './enterpriseTable';
import type { EnterpriseColumn } from './enterpriseTable';
import type { FormDefinition } from './types';

type Text = v.OptionalSchema<v.StringSchema<undefined>, undefined>;
const text = (): Text => v.optional(v.string());

/** Per-year texts keyed by year: `{ "2019": "1.25", … }`. */
export type YearTexts = { readonly [year: string]: string | undefined };

/** One enterprise's row of 表1, as the draft keeps it. */
export type EnterpriseRow = {
  /** Stable id of the row (not printed). */
  readonly id: string;
  /** Where the row came from, for the user: 「谷城XX.xlsx 第 5 行」, 「粘贴内容 第 2 行」, 「手工填写」. */
  readonly source?: string;
} & { readonly [C in EnterpriseColumn as C['key']]?: C extends { span: 'years' } ? YearTexts : string };

function _yearTexts(years: readonly number[]) {
  return v.optional(v.strictObject(Object.fromEntries(years.map((y) => [String(y), text()]))));
}

/** The schema of one row for a form version: its year columns hold exactly the table's years. */
export function enterpriseRowSchema(form: FormDefinition) {
  const { years } = enterpriseTableOf(form);
  const columns = Object.fromEntries(enterpriseColumns.map((c) => [c.key, 'span' in c && c.span === 'years' ? _yearTexts(years) : text()]));
  // Hint: strict, as the values are: a key no table has is set aside by restore, never silently dropped.
  return v.strictObject({ id: v.pipe(v.string(), v.minLength(1)), source: text(), ...columns });
}

/** The draft's list of enterprises, in the order the official keeps them (序号 follows it). */
export function enterprisesSchema(form: FormDefinition) {
  // Hint: the cast names the row type the table's columns imply; the runtime shape is the schema above.
  return v.array(enterpriseRowSchema(form)) as unknown as v.GenericSchema<EnterpriseRow[]>;
}
