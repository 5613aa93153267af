// Criteria over several values: every report year (「近三年…均在…以上」), a steady fall (「持续下降」),
// and alternatives (「不少于1家…或者不少于10家…」).
import type { Concept } from '../../forms/concepts';
import { boundType, describeBound, meets } from '../bounds';
import type { Bound } from '../bounds';
import { printSeries } from '../format';
import { numberFieldFor, seriesOf } from '../read';
import type { Criterion, CriterionInput, Evaluation } from '../types';
import type { ClauseRef } from './build';
import type { Metric, Observation } from './metrics';
import { anyTruth, truthOf } from './truth';
import type { Truth } from './truth';

function _readSeries({ ctx, values }: CriterionInput, concept: Concept) {
  const field = numberFieldFor(ctx.form, concept);
  if (!field?.perYear) return undefined;
  const nums = (seriesOf(ctx.form, values, concept) ?? []).map((n) => n?.value ?? null);
  return { nums, observed: printSeries(ctx.years, nums, field.measure, field.unit) };
}

const MISSING = (name: string): Evaluation => ({
  verdict: 'unknown',
  observed: '—',
  reason: `无法判断（缺少数据）：本版申报表没有逐年的“${name}”`,
});

/** Every report year meets the bound; one year failing fails, a missing year leaves it unknown. */
export function everyYear(ref: ClauseRef, bound: Bound, concept: Concept, name: string): Criterion {
  return {
    ...ref,
    kind: 'quantitative',
    bound: boundType(bound),
    reads: [concept],
    evaluate: (input) => {
      const s = _readSeries(input, concept);
      if (!s) return MISSING(name);
      const failing = input.ctx.years.filter((_, i) => s.nums[i] !== null && !meets(bound, s.nums[i]!));
      const want = `要求三年均 ${describeBound(bound)}`;
      if (failing.length > 0) return { verdict: 'fail', observed: s.observed, reason: `${want}：${failing.join('、')}年不符合` };
      if (s.nums.includes(null)) return { verdict: 'unknown', observed: s.observed, reason: `无法判断（缺少数据）：有年份未填。${want}` };
      return { verdict: 'pass', observed: s.observed, reason: `${want}：三年均符合` };
    },
  };
}

/** Each year lower than the year before (an equal year is not a fall). */
export function decreasing(ref: ClauseRef, concept: Concept, name: string): Criterion {
  return {
    ...ref,
    kind: 'quantitative',
    bound: 'exclusive',
    reads: [concept],
    evaluate: (input) => {
      const s = _readSeries(input, concept);
      if (!s) return MISSING(name);
      if (s.nums.includes(null)) return { verdict: 'unknown', observed: s.observed, reason: '无法判断（缺少数据）：有年份未填' };
      const rising = input.ctx.years.slice(1).filter((_, i) => Math.round(s.nums[i + 1]! * 100) >= Math.round(s.nums[i]! * 100));
      if (rising.length > 0) return { verdict: 'fail', observed: s.observed, reason: `要求逐年下降：${rising.join('、')}年未低于上一年` };
      return { verdict: 'pass', observed: s.observed, reason: '要求逐年下降：每年均低于上一年，符合' };
    },
  };
}

/** One alternative of an 「或者」 criterion. */
export interface Alternative {
  readonly label: string;
  readonly bound: Bound;
  readonly metric: Metric;
}

const _state = (truth: Truth, o: Observation): string =>
  truth === 'met' ? (o.value === null ? `已填部分合计 ${o.floor}，已达要求，符合` : '符合') : truth === 'unmet' ? '不符合' : `无法判断（${o.missing ?? '缺少数据'}）`;

/** Met as soon as one alternative is met (a blank elsewhere does not matter); failed only when every one is known unmet. */
export function anyOf(ref: ClauseRef, alternatives: readonly Alternative[]): Criterion {
  return {
    ...ref,
    kind: 'quantitative',
    bound: 'inclusive',
    reads: alternatives.flatMap((a) => a.metric.concepts),
    evaluate: (input) => {
      const results = alternatives.map((a) => {
        const o = a.metric(input);
        return { a, o, truth: truthOf(a.bound, o) };
      });
      const lines = results.map(({ a, o, truth }) => `${a.label}：${o.observed}，要求 ${describeBound(a.bound)}，${_state(truth, o)}`);
      const observed = results.map(({ a, o }) => `${a.label}：${o.value ?? o.observed}`).join('；');
      const truth = anyTruth(results.map((r) => r.truth));
      const verdict = truth === 'met' ? 'pass' : truth === 'unknown' ? 'unknown' : 'fail';
      return { verdict, observed, reason: `满足其一即可。${lines.join('；')}` };
    },
  };
}
