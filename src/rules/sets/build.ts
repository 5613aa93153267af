// Builders of criterion objects: each takes the clause as data (id, group, title, clause, source) and how to judge it.
import type { Concept } from '../../forms/concepts';
import type { ChoiceField } from '../../forms/types';
import { boundType, describeBound, meets } from '../bounds';
import type { Bound } from '../bounds';
import { fieldFor } from '../read';
import type { Criterion, CriterionInput, Evaluation } from '../types';
import type { Metric } from './metrics';
import type { Observer } from './observers';

/** The clause a criterion quotes, and where it is from. */
export interface ClauseRef {
  readonly id: string;
  readonly group: string;
  readonly title: string;
  /** Verbatim from the seed. */
  readonly clause: string;
  readonly source: string;
}

/**
 * A qualitative item the user declares (ticks) after checking it against the clause; `impliedBy` lists tick-box
 * options of the form that already say so (see `Criterion.impliedBy`).
 */
export function declared(ref: ClauseRef, observe?: Observer, impliedBy?: readonly (readonly string[])[]): Criterion {
  return {
    ...ref,
    kind: 'qualitative',
    ...(observe ? { reads: observe.concepts } : {}),
    ...(impliedBy ? { impliedBy } : {}),
    evaluate: (input) => {
      const yes = input.declared[ref.id] === true;
      return {
        verdict: yes ? 'declared' : 'undeclared',
        observed: observe?.(input) ?? (yes ? '已自评符合' : '未自评'),
        reason: yes ? '定性条件，已自评符合；须有佐证材料支持' : '定性条件，无法由表中数据计算；请对照条款自评后勾选',
      };
    },
  };
}

const _optionLabel = (field: ChoiceField, value: string) => field.options.find((o) => o.value === value)?.label ?? value;

/** Options of an answer criterion. */
export interface AnswerOptions {
  /** The criterion's key word (「高于」); where the question lacks it, the reason says so. */
  readonly wording?: string;
  /** Compliant answers for a question outside section 1, which carries none of its own. */
  readonly compliant?: readonly string[];
  /** What the question does not cover of the clause, said in the reason. */
  readonly note?: string;
}

/** An answer on the form: compliant per the version's own wording (`compliantAnswers`), so polarity is never assumed. */
export function answer(ref: ClauseRef, concept: Concept, opts: AnswerOptions = {}): Criterion {
  return { ...ref, kind: 'answer', reads: [concept], evaluate: (input) => _judgeAnswer(input, concept, opts) };
}

function _judgeAnswer({ ctx, values }: CriterionInput, concept: Concept, opts: AnswerOptions): Evaluation {
  const field = fieldFor(ctx.form, concept);
  const compliant = field?.kind === 'choice' ? (field.compliantAnswers ?? opts.compliant) : undefined;
  if (!field || field.kind !== 'choice' || !compliant) {
    return { verdict: 'unknown', observed: '—', reason: '无法判断（缺少数据）：本版申报表没有对应的问题' };
  }
  const a = values[field.id];
  const asked = `表中问“${field.label}”`;
  if (typeof a !== 'string' || a === '')
    return { verdict: 'unknown', observed: `${asked}，未作答`, reason: '无法判断（缺少数据）：此问未作答' };
  const ok = compliant.includes(a);
  const good = compliant.map((v) => `“${_optionLabel(field, v)}”`).join('或');
  const mismatch =
    opts.wording && a === 'yes' && !field.label.includes(opts.wording)
      ? `注意：表中问法与标准的“${opts.wording}”不完全一致，答“是”只说明表中所问成立，请按标准“${opts.wording}”核实。`
      : '';
  return {
    verdict: ok ? 'pass' : 'fail',
    observed: `${asked}，答“${_optionLabel(field, a)}”`,
    reason: `按本版问法，答${good}为符合；所答${ok ? '符合' : '不符合'}。${mismatch}${opts.note ? `${opts.note}。` : ''}`,
  };
}

/** A text the form must give (e.g. 集群运营管理机构): filled → pass, 「无」 → fail, blank → unknown. */
export function named(ref: ClauseRef, concept: Concept, name: string): Criterion {
  return {
    ...ref,
    kind: 'answer',
    reads: [concept],
    evaluate: ({ ctx, values }) => {
      const field = fieldFor(ctx.form, concept);
      const text = field ? values[field.id] : undefined;
      if (typeof text !== 'string' || text.trim() === '')
        return { verdict: 'unknown', observed: '未填', reason: `无法判断（缺少数据）：“${name}”未填` };
      const none = text.trim() === '无';
      return { verdict: none ? 'fail' : 'pass', observed: text.trim(), reason: none ? `“${name}”填“无”，不符合` : `已填写${name}` };
    },
  };
}

/** A threshold on one value: met → pass, not met → fail (caution, a warning, where the bound is soft), missing → unknown. */
export function threshold(ref: ClauseRef, bound: Bound, metric: Metric, note?: string): Criterion {
  return {
    ...ref,
    kind: 'quantitative',
    bound: boundType(bound),
    limit: bound,
    reads: metric.concepts,
    evaluate: (input) => {
      const o = metric(input);
      const extra = note ? `${note}。` : '';
      if (o.value === null)
        return { verdict: 'unknown', observed: o.observed, reason: `无法判断（缺少数据）：${o.missing ?? '数据未填'}。${extra}` };
      const ok = meets(bound, o.value);
      const how = o.method ? `${o.method}；` : '';
      const verdictText = ok ? '符合' : bound.soft ? '超出，但“一般不超过”不作否决，请在材料中说明理由' : '不符合';
      return {
        verdict: ok ? 'pass' : bound.soft ? 'caution' : 'fail',
        observed: o.observed,
        reason: `${how}要求 ${describeBound(bound)}：${verdictText}。${extra}`,
        severity: !ok && bound.soft ? 'warning' : 'error',
      };
    },
  };
}
