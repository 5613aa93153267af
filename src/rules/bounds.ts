// Thresholds as the criteria word them. 「以上」「不少于」「不低于」 include the number; 「高于」「超过」 exclude it;
// 「不超过」 is an inclusive upper limit, and 「一般不超过」 a soft one whose breach does not disqualify.
import { cents } from './format';
import type { BoundType } from './types';

export interface Bound {
  /** atLeast: ≥ value; above: > value; atMost: ≤ value. */
  readonly op: 'atLeast' | 'above' | 'atMost';
  readonly value: number;
  /** The clause's own words for the bound, e.g. 「高于」「以上」「一般不超过」. */
  readonly words: string;
  readonly unit: string;
  /** 「一般不超过」: a breach is a warning, not a disqualification. */
  readonly soft?: boolean;
}

export const atLeast = (value: number, unit: string, words: string): Bound => ({ op: 'atLeast', value, unit, words });
export const above = (value: number, unit: string, words: string): Bound => ({ op: 'above', value, unit, words });
export const atMost = (value: number, unit: string, words: string, soft = false): Bound => ({ op: 'atMost', value, unit, words, soft });

/** Inclusive, exclusive or soft, for the report. */
export function boundType(b: Bound): BoundType {
  if (b.soft) return 'soft';
  return b.op === 'above' ? 'exclusive' : 'inclusive';
}

/**
 * Whether a value meets the bound. Hint: compared in whole cents, i.e. as the form prints the value (two decimals),
 * so a computed 10.004% is judged as the 10.00% the user sees.
 */
export function meets(b: Bound, x: number): boolean {
  const [v, limit] = [cents(x), cents(b.value)];
  if (b.op === 'atLeast') return v >= limit;
  if (b.op === 'above') return v > limit;
  return v <= limit;
}

const SYMBOL = { atLeast: '≥', above: '>', atMost: '≤' } as const;

/** 「> 70%（“高于”不含本数）」, 「≥ 40亿元（“以上”含本数）」, 「≤ 100平方公里（“一般不超过”：超出不作否决）」. */
export function describeBound(b: Bound): string {
  const how = b.soft ? '超出须说明理由，不作否决' : b.op === 'above' ? '不含本数' : '含本数';
  return `${SYMBOL[b.op]} ${b.value}${b.unit}（“${b.words}”${b.soft ? '：' : ''}${how}）`;
}
