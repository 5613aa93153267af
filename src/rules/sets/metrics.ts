// What a quantitative criterion looks at: a value read or computed from the draft, how it was obtained, and
// why it is missing when it is. Metrics find fields by concept, so one metric serves every form version; each
// names the concepts it reads, so the check page can link a verdict to its questions.
import type { Concept } from '../../forms/concepts';
import { evaluateSpec } from '../computed/evaluate';
import { specsFor } from '../computed';
import { computedSpecs } from '../computed/specs';
import { withUnit } from '../format';
import { latestOf, numberFieldFor } from '../read';
import type { CriterionInput } from '../types';

export interface Observation {
  /** The value judged, or null where it cannot be known. */
  readonly value: number | null;
  /**
   * Where the value is unknown but part of it is: the least it can be (a sum of counts with one count blank is at
   * least the others' sum), so an 「不少于」 bound already reached is met whatever the blank holds.
   */
  readonly floor?: number;
  /** The user's value(s), zh. */
  readonly observed: string;
  /** How the value was obtained, zh, e.g. 「按(2023年总产值 ÷ 2021年总产值)^(1/2) − 1 计算」. */
  readonly method?: string;
  /** Why the value is missing. */
  readonly missing?: string;
}

/** A metric: the observation on a draft, and the concepts it reads. */
export interface Metric {
  (input: CriterionInput): Observation;
  readonly concepts: readonly Concept[];
}

const _metric = (concepts: readonly Concept[], observe: (input: CriterionInput) => Observation): Metric =>
  Object.assign(observe, { concepts });

const NOT_ON_FORM = (name: string) => `本版申报表没有“${name}”一栏`;

/** The latest value of a concept: the last report year's, or the single (year-end) value. */
export const latest = (concept: Concept, name: string): Metric =>
  _metric([concept], ({ ctx, values }) => {
    const field = numberFieldFor(ctx.form, concept);
    if (!field) return { value: null, observed: '—', missing: NOT_ON_FORM(name) };
    const n = latestOf(ctx.form, values, concept);
    const when = field.perYear ? `${ctx.years[2]}年 ` : '';
    if (!n) return { value: null, observed: `${when}未填`, missing: `“${name}”未填或不是数字` };
    const method = field.perYear ? `按最近一年（${ctx.years[2]}年）数据判断` : undefined;
    return { value: n.value, observed: `${when}${withUnit(n.value, field.measure, field.unit)}`, ...(method ? { method } : {}) };
  });

/**
 * The sum of several counts' latest values (each named in the observation). Where some are blank the sum is
 * unknown, but at least the filled ones' sum (`floor`), since counts are never negative.
 */
export const sumOfLatest = (parts: readonly { concept: Concept; name: string }[]): Metric =>
  _metric(
    parts.map((p) => p.concept),
    (input) => {
      const obs = parts.map((p) => ({ ...p, o: latest(p.concept, p.name)(input) }));
      const observed = obs.map((p) => `${p.name} ${p.o.value ?? '未填'}`).join('，');
      const known = obs.filter((p) => p.o.value !== null).reduce((s, p) => s + (p.o.value ?? 0), 0);
      const missing = obs.find((p) => p.o.value === null)?.o.missing;
      if (missing) return { value: null, observed, missing, ...(obs.some((p) => p.o.value !== null) ? { floor: known } : {}) };
      return { value: known, observed: `${observed}，合计 ${known}`, method: `按最近一年（${input.ctx.years[2]}年）各项数量相加` };
    },
  );

/** The concepts a computed value reads and reports, over every version's spec of that id. */
function _specConcepts(specId: string): Concept[] {
  return computedSpecs.filter((s) => s.id === specId).flatMap((s) => [...s.inputs.map((i) => i.concept), s.target.concept]);
}

/** A computed value by spec id, where the version supports it and the inputs are there. */
export const computed = (specId: string, unit: string, note?: string): Metric =>
  _metric(_specConcepts(specId), ({ ctx, values }) => {
    const spec = specsFor(ctx.form).find((s) => s.id === specId);
    if (!spec) return { value: null, observed: '—', missing: `本版申报表的数据不足以计算` };
    const c = evaluateSpec(ctx, values, spec);
    if (c.value === null) return { value: null, observed: '—', missing: `计算所需数据未填全（${c.formula}）` };
    const typed = c.typed !== null && c.differs ? `；表中填写 ${c.typed.toFixed(2)}，与算得值不一致` : '';
    return { value: c.value, observed: `${c.value.toFixed(2)}${unit}${typed}`, method: `按 ${c.formula} 计算${note ? `（${note}）` : ''}` };
  });

/** The first metric that yields a value; otherwise the first one's reason for missing. */
export const firstOf = (...metrics: Metric[]): Metric =>
  _metric(
    metrics.flatMap((m) => m.concepts),
    (input) => {
      const results = metrics.map((m) => m(input));
      return results.find((r) => r.value !== null) ?? results.find((r) => r.observed !== '—') ?? results[0]!;
    },
  );

/**
 * 「产值年均增速」: the criterion's 产值 is the cluster's output (as in 「近三年产值均在40亿元以上」), computed from the
 * three years' 总产值; the form's own 主导产业 rate is shown beside it, as it answers a narrower question.
 */
export const outputGrowth: Metric = _metric(['totalOutput', 'leadingIndustryCagr'], (input) => {
  const o = computed('outputCagr', '%')(input);
  const lead = latest('leadingIndustryCagr', '近三年主导产业产值年均增速')(input);
  const shown = lead.value === null ? '' : `（表中“主导产业产值年均增速”为 ${lead.observed}，仅供参考）`;
  return { ...o, observed: `${o.observed}${shown}` };
});
