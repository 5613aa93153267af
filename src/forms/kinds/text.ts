// Kinds holding text as typed: a single line (text), a limited narrative, and section 8's plan text.
import { textValue } from '../values';
import type { FieldKindModel } from './types';
import type { NarrativeField, PlanTextField, TextField } from '../types';
import { asIs, keepAll } from './carry';
import { hasText, isEntered, meaningful, oneIfAny } from './shared';

const _entered = (value: string | undefined): string => {
  if (!meaningful(value)) return '';
  const t = value.trim();
  return `已填写（${t.slice(0, 20)}${t.length > 20 ? '…' : ''}）`;
};

const _common = {
  valueSchema: () => textValue(),
  isFilled: (_f: unknown, value: string | undefined) => hasText(value),
  isTouched: (_f: unknown, value: string | undefined) => isEntered(value),
  summary: (_f: unknown, value: string | undefined) => (typeof value === 'string' ? value : ''),
  entered: (_f: unknown, value: string | undefined) => _entered(value),
  evidenceTrigger: 'entered',
  evidenceAnswers: (_f: unknown, value: string | undefined) => oneIfAny(_entered(value)),
} as const;

export const textKind: FieldKindModel<TextField> = {
  ..._common,
  texts: (f) => [f.label, ...(f.hint ? [f.hint] : [])],
  // Hint: a date (申报时间) belongs to the application it was written for, so it is not carried into another.
  carry: (from, _to, value) => (from.format === 'date' ? keepAll(value, '这是原申报的申报时间，请按本次申报重新填写') : asIs(value)),
};

export const narrativeKind: FieldKindModel<NarrativeField> = {
  ..._common,
  texts: (f) => [f.label, ...(f.note ? [f.note] : [])],
  carry: (_from, _to, value) => asIs(value),
};

/** Hint: a plan text prints no label of its own; its heading is a layout item. */
export const planTextKind: FieldKindModel<PlanTextField> = { ..._common, texts: () => [], carry: (_from, _to, value) => asIs(value) };
