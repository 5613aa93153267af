// Whether a field holds an answer: drives step statuses, the review page's highlights and completeness.
import type { FormValues } from './fieldValues';
import { valueOf } from './fieldValues';
import { kindOf } from './kinds';
import type { Field, ReportYears } from './types';

/**
 * True when the field is answered. Tick-box groups are never required (ticking none is an answer);
 * per-year rows need every year; the standards table needs every cell (「0」 where there is none).
 */
export function isFilled(field: Field, values: FormValues, years: ReportYears): boolean {
  return kindOf(field).isFilled(field, valueOf(values, field), years);
}

/** True when the field has any entry at all (for 「填写中」 versus 「未开始」). */
export function isTouched(field: Field, values: FormValues): boolean {
  return kindOf(field).isTouched(field, valueOf(values, field));
}
