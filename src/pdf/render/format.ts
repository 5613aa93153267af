// How typed values are printed: numbers with two decimals where the field is decimal (填报说明 2), dates in
// Chinese, units the label does not already name, and 「无」 for what was left empty (填报说明 2).
import { formatNumber, parseNumberText } from '../../forms/numbers';
import type { NumberField } from '../../forms/types';

/** 填报说明 2: 「无相关情况时应填写“无”」. */
export const NONE = '无';

/** A value as text, or '' when it is not a string. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The per-year texts of a value keyed by year. */
export function yearText(value: unknown, year: number): string {
  return value && typeof value === 'object' ? asText((value as Record<string, unknown>)[String(year)]) : '';
}

/**
 * A number as printed: counts as whole numbers, other measures with two decimals (「保留小数点后2位」).
 * Text that is not a number (or a count typed with decimals) is printed as typed, so nothing is lost.
 */
export function numberText(field: Pick<NumberField, 'measure'>, raw: string): string {
  const parsed = parseNumberText(raw);
  if (parsed.kind === 'empty') return '';
  if (parsed.kind === 'invalid') return raw.trim();
  if (field.measure === 'count') return parsed.decimals === 0 ? formatNumber(parsed.value, 0) : raw.trim();
  return formatNumber(parsed.value, 2);
}

/** The unit printed after a value, when the label does not already carry it (「（平方公里）」 does). */
export function unitSuffix(field: Pick<NumberField, 'unit' | 'label'>): string {
  return field.unit && !field.label.includes(field.unit) ? field.unit : '';
}

/** 「2024-05-20」 → 「2024年5月20日」; anything else as typed. */
export function dateText(raw: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : raw.trim();
}

/** The names of a 数量+名称 value. */
export function namesOf(value: unknown): string[] {
  const names = value && typeof value === 'object' ? (value as { names?: unknown }).names : undefined;
  return Array.isArray(names) ? names.map(asText).filter((n) => n !== '') : [];
}

/** The 数量 of a 数量+名称 value. */
export function countOf(value: unknown): string {
  return value && typeof value === 'object' ? asText((value as { count?: unknown }).count) : '';
}

/** The ticked option values. */
export function tickedOf(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}
