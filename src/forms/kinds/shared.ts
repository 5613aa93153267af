// Small readers shared by the field kind models.
import { parseNumberText } from '../numbers';

/** Text with something in it. */
export const hasText = (t: unknown): t is string => typeof t === 'string' && t.trim() !== '';

/** Text that says something: not blank and not the placeholder 「无」. */
export const meaningful = (t: unknown): t is string => hasText(t) && t.trim() !== '无';

/** Text that is a number other than 0, or text that is not a number at all (worth proving either way). */
export const nonZero = (t: unknown): boolean => {
  if (!meaningful(t)) return false;
  const p = parseNumberText(t);
  return p.kind !== 'number' || p.value !== 0;
};

/** Every string leaf of a value (year cells, table cells). */
export function leaves(value: unknown): unknown[] {
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

/** Every key of `keys` holds text in `obj`. */
export const allFilled = (obj: { readonly [k: string]: unknown } | undefined, keys: readonly string[]): boolean =>
  keys.every((k) => hasText(obj?.[k]));

/** A value followed by its unit, when there is a value. */
export const withUnit = (text: string, unit?: string): string => (text && unit ? `${text} ${unit}` : text);

/** One evidence answer when there is something to prove, else none. */
export const oneIfAny = (text: string): string[] => (text ? [text] : []);

/** Any value other than nothing and ''. */
export const isEntered = (value: unknown): boolean => value !== undefined && value !== '';
