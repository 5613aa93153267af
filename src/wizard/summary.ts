// Read-only summaries of answers for the review page (核对信息): one short text per field, as its kind tells it.
import type { FormValues } from '../forms/fieldValues';
import { valueOf } from '../forms/fieldValues';
import { kindOf } from '../forms/kinds';
import type { Field, ReportYears } from '../forms/types';

/** The answer of a field in one line (targets get a line per indicator), or '' when not answered. */
export function summarise(field: Field, values: FormValues, years: ReportYears): string {
  return kindOf(field).summary(field, valueOf(values, field), years);
}
