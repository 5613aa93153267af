// The eligibility pre-check (认定标准自查): the notice's preconditions and every criterion of its rule set, each judged.
import type { FormValues } from '../forms/fieldValues';
import type { NoticeContext } from '../forms';
import { noticePreconditions } from './sets/preconditions';
import { ruleSets } from './sets/registry';
import type { Criterion, CriterionInput, CriterionResult } from './types';

function _judge(criterion: Criterion, input: CriterionInput): CriterionResult {
  const e = criterion.evaluate(input);
  const { id, group, title, clause, source, kind, bound } = criterion;
  return {
    id,
    group,
    title,
    clause,
    source,
    kind,
    ...(bound ? { bound } : {}),
    verdict: e.verdict,
    observed: e.observed,
    reason: e.reason,
    severity: e.severity ?? 'error',
  };
}

/** Every criterion of the notice's rule set (preconditions first), in the order of the source text. */
export function criteriaFor(ctx: NoticeContext): readonly Criterion[] {
  return [...noticePreconditions(ctx), ...ruleSets[ctx.ruleSetId].criteria];
}

/** The verdicts on the draft; `declared` holds the user's ticks of the qualitative items, by criterion id. */
export function eligibilityReport(
  ctx: NoticeContext,
  values: FormValues,
  declared: Record<string, boolean>,
): CriterionResult[] {
  const input = { ctx, values, declared };
  return criteriaFor(ctx).map((c) => _judge(c, input));
}
