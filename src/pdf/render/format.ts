// How typed values are printed: numbers as typed (normalised, never rounded), dates in Chinese, units the
// label does not already name. Nothing is printed that the user did not enter: an empty field stays empty,
// for the official to fill in by hand; 「无」 appears only where they typed it (填报说明 2).
import { normaliseNumberText, parseNumberText } from '../../forms/numbers';
import type { NumberField } from '../../forms/types';

/** A value as text, or '' when it is not a string. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The per-year texts of a value keyed by year. */
export function yearText(value: unknown, year: number): string {
  return value && typeof value === 'object' ? asText((value as Record<string, unknown>)[String(year)]) : '';
}

/**
 * A number as printed: as typed, normalised (「１２，３４５．６」 → 「12345.6」) but never rounded or padded.
 * Hint: 填报说明 2's 「保留小数点后2位」 is the user's to keep; the rules flag a third decimal, a fractional
 * count or 「1500万」 as an error where it was typed, so the PDF must not silently make it look right.
 */
export function numberText(raw: string): string {
  return parseNumberText(raw).kind === 'number' ? normaliseNumberText(raw) : raw.trim();
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
