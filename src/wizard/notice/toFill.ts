// What a draft still needs after moving to another notice: each unanswered field by step, with the years a
// per-year row lacks, so the official sees at once what the new form asks anew.
import { isFilled } from '../../forms/filled';
import type { FormValues } from '../../forms/fieldValues';
import { numberCellText } from '../../forms/fieldValues';
import type { Field, FormDefinition } from '../../forms/types';
import { fieldName } from '../names';
import { formSteps, stepFields } from '../steps';

export interface ToFill {
  readonly stepId: string;
  readonly stepTitle: string;
  readonly fieldId: string;
  /** The field's name, with the years still empty for a per-year row: 「集群总产值（亿元）：2023年」. */
  readonly text: string;
}

function _missingYears(field: Field, values: FormValues, years: readonly number[]): string {
  if (field.kind !== 'number' || !field.perYear) return '';
  const empty = years.filter((y) => numberCellText(values, field, y).trim() === '');
  return empty.length && empty.length < years.length ? `：${empty.map((y) => `${y}年`).join('、')}` : '';
}

/** The fields still to answer, in form order. */
export function fieldsToFill(form: FormDefinition, values: FormValues): ToFill[] {
  return formSteps(form).flatMap((step) =>
    stepFields(form, step.id)
      .filter((f) => !isFilled(f, values, form.years))
      .map((f) => ({ stepId: step.id, stepTitle: step.title, fieldId: f.id, text: fieldName(f) + _missingYears(f, values, form.years) })),
  );
}
