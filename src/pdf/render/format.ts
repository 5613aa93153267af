// How typed values are printed: numbers with two decimals where the field is decimal (填报说明 2), dates in
// Chinese, units the label does not already name, and 「无」 for what was left empty (填报说明 2).
import { normaliseNumberText, parseNumberText } from '../../forms/numbers';
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
  const plain = normaliseNumberText(raw);
  if (field.measure === 'count') return parsed.decimals === 0 ? plain : raw.trim();
  return fixedDecimals(plain, 2);
}

/**
 * A decimal text rounded half up to `decimals`, digit by digit. Hint: never through a JS number, which prints
 * 「Infinity」 for 400 digits, 「1e+21」 from 22, and other digits than typed beyond 15 or so (issue 16).
 */
export function fixedDecimals(plain: string, decimals: number): string {
  const [, sign = '', int = '0', frac = ''] = /^(-?)(\d+)(?:\.(\d*))?$/.exec(plain) ?? [];
  const padded = frac.padEnd(decimals + 1, '0');
  let digits = int + padded.slice(0, decimals);
  if (padded[decimals]! >= '5') digits = _plusOne(digits);
  const whole = digits.slice(0, digits.length - decimals).replace(/^0+(?=\d)/, '') || '0';
  const text = decimals > 0 ? `${whole}.${digits.slice(-decimals)}` : whole;
  return /[1-9]/.test(text) ? sign + text : text;
}

/** A string of digits plus one, carrying as far as needed. */
function _plusOne(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') return (out[i] = String(Number(out[i]) + 1)), out.join('');
    out[i] = '0';
  }
  return '1' + out.join('');
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
