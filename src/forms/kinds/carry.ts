// Moving values between form versions: the shared pieces of each kind's `carry`.
import type { Carried, KeptPart } from './types';

/** The whole value, as it is. */
export const asIs = <V>(value: V): Carried<V> => ({ value, kept: [] });

/** Nothing placed; the whole value kept aside with the reason. */
export const keepAll = <V>(value: unknown, reason: string): Carried<V> => ({ kept: [{ path: [], value, reason }] });

/** Object entries split by whether the other version has a place for their key. */
export function byKey<V extends { readonly [k: string]: unknown }>(
  value: V,
  fits: (key: string) => boolean,
  reason: (key: string) => string,
): Carried<V> {
  const placed: { [k: string]: unknown } = {};
  const kept: KeptPart[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (fits(k)) placed[k] = v;
    else kept.push({ path: [k], value: v, reason: reason(k) });
  }
  return { ...(Object.keys(placed).length ? { value: placed as V } : {}), kept };
}

/** Printed words compared without spaces, so a reflowed line does not count as a change. */
export const sameWords = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** 「新表不填报2020年」 */
export const yearNotReported = (year: string) => `新表不填报${year}年的数据`;
