// The figures a 集群简介 quotes, read from the draft by concept: the last report year's count or amount, the
// three years' 主持 national and industry standards summed, a single value. Each figure is the typed number or
// a gap naming the field to fill; nothing is estimated.
import type { FormValues } from '../../forms/fieldValues';
import type { Concept } from '../../forms/concepts';
import { normaliseNumberText } from '../../forms/numbers';
import type { FormDefinition } from '../../forms/types';
import { cellText, fieldFor, numberFieldFor, sectionOfField, toNum } from '../../rules/read';

/** A figure the draft lacks: what it is and where to fill it in (field id and the step that shows it). */
export interface IntroGap {
  readonly what: string;
  readonly fieldId?: string;
  readonly step?: string;
}

/** A figure as text, or the gap where it should be. */
export type Figure = { readonly text: string; readonly unit: string } | { readonly gap: IntroGap };

/** The last of the form's report years: the year the 简介's 「2023年」 figures are of. */
export const lastYear = (form: FormDefinition): number => form.years[form.years.length - 1]!;

const _gap = (form: FormDefinition, what: string, fieldId?: string): Figure => ({
  gap: { what, ...(fieldId ? { fieldId, step: sectionOfField(form, fieldId) } : {}) },
});

/** The concept's number for the last report year (or its single value), as typed; a gap when missing or not a number. */
export function latestFigure(form: FormDefinition, values: FormValues, concept: Concept, what: string): Figure {
  const field = numberFieldFor(form, concept);
  if (!field) return _gap(form, what);
  const year = field.perYear ? lastYear(form) : undefined;
  const text = cellText(values, field, year);
  const label = year ? `${what}（${year}年）` : what;
  if (typeof text !== 'string' || !toNum(text)) return _gap(form, label, field.id);
  return { text: normaliseNumberText(text), unit: field.unit ?? '' };
}

/** 近三年 主持 national and industry standards: the six cells summed; a gap unless all six are numbers. */
export function hostedStandards(form: FormDefinition, values: FormValues): Figure {
  const field = fieldFor(form, 'standards');
  const what = '近三年主持制修订国家标准和行业标准数量';
  if (!field) return _gap(form, what);
  const table = (values[field.id] ?? {}) as Record<string, Record<string, { lead?: string } | undefined> | undefined>;
  const cells = form.years.flatMap((y) => ['national', 'industry'].map((c) => toNum(table[String(y)]?.[c]?.lead, true)));
  if (cells.some((c) => c === null)) return _gap(form, what, field.id);
  return { text: String(cells.reduce((n, c) => n + c!.value, 0)), unit: '项' };
}
