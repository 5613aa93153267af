// Rounding and printing numbers the way the form keeps them: two decimals (填报说明 2), counts whole.
import { formatNumber } from '../forms/numbers';
import type { Measure, Unit } from '../forms/types';

/**
 * Round half away from zero to two decimals.
 * Hint: the 1e-9 nudge absorbs binary error (1.005 is stored as 1.00499…), so 1.005 → 1.01 as a person rounds it.
 */
export function round2(x: number): number {
  const cents = Math.round(Math.abs(x) * 100 + 1e-9);
  return (Math.sign(x) * cents) / 100 || 0;
}

/** A value in whole cents, for exact comparison of two-decimal numbers. */
export function cents(x: number): number {
  return Math.round(round2(x) * 100);
}

/** Two decimals, or a whole number for counts. */
export function printNumber(x: number, measure: Measure | 'rate' = 'amount'): string {
  return measure === 'count' ? formatNumber(Math.round(x), 0) : formatNumber(round2(x), 2);
}

/** A number with its unit: 「398.75亿元」「31.20%」「1405家」. */
export function withUnit(x: number, measure: Measure | 'rate', unit?: Unit | string): string {
  const u = unit ?? (measure === 'share' || measure === 'growth' || measure === 'rate' ? '%' : '');
  return `${printNumber(x, measure)}${u}`;
}

/** 「2021年 186.40亿元；2022年 …」 for a series, 「未填」 for a missing year. */
export function printSeries(years: readonly number[], values: readonly (number | null)[], measure: Measure, unit?: Unit | string): string {
  return years
    .map((y, i) => `${y}年 ${values[i] === null || values[i] === undefined ? '未填' : withUnit(values[i], measure, unit)}`)
    .join('；');
}
