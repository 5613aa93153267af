// A short account of what a field holds, for the evidence list; empty where nothing calls for evidence
// (blank, 「无」, or only zeros: no platform, no patent, no standard to prove). Each kind tells its own.
import type { FormValues } from '../forms/fieldValues';
import { valueOf } from '../forms/fieldValues';
import { kindOf } from '../forms/kinds';
import type { Field, ReportYears } from '../forms/types';

export function enteredText(field: Field, values: FormValues, years: ReportYears): string {
  return kindOf(field).entered(field, valueOf(values, field), years);
}
