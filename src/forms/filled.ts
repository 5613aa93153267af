// Whether a field holds an answer: drives step statuses, the review page's highlights and completeness.
import type { Field, ReportYears } from './types';

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const allOf = (obj: unknown, keys: readonly string[]) => keys.every((k) => text((obj as Record<string, unknown> | undefined)?.[k]));

/**
 * True when the field is answered. Tick-box groups are never required (ticking none is an answer);
 * per-year rows need every year; the standards table needs every cell (「0」 where there is none).
 */
export function isFilled(field: Field, value: unknown, years: ReportYears): boolean {
  const yearKeys = years.map(String);
  switch (field.kind) {
    case 'ticks':
      return true;
    case 'choice':
      return typeof value === 'string';
    case 'number':
      return field.perYear ? allOf(value, yearKeys) : text(value);
    case 'countList':
      return text((value as { count?: unknown } | undefined)?.count);
    case 'region':
      return allOf(value, field.parts.map((p) => p.value));
    case 'standards':
      return yearKeys.every((y) => {
        const byCat = (value as Record<string, Record<string, unknown> | undefined> | undefined)?.[y];
        return ['international', 'national', 'industry', 'group'].every((c) => allOf(byCat?.[c], ['lead', 'join']));
      });
    case 'targets': {
      const fixed = (value as { fixed?: Record<string, unknown> } | undefined)?.fixed;
      return field.directions.every((d) => d.indicators.every((i) => allOf(fixed?.[i.key], ['baseline', 'target'])));
    }
    default:
      return text(value);
  }
}

/** True when the field has any entry at all (for 「填写中」 versus 「未开始」). */
export function isTouched(field: Field, value: unknown): boolean {
  if (field.kind === 'ticks') return Array.isArray(value) && value.length > 0;
  return value !== undefined && value !== '';
}
