// All cross-field rules, run on the whole draft; each issue names the field it belongs to.
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import type { RuleIssue } from '../types';
import { disqualifyingAnswerRule, provincialRecognitionRule } from './answers';
import { partOfWholeRule } from './counts';
import type { CrossRule } from './rule';
import { applicationDateRule, clusterNameRule, planBudgetRule } from './texts';
import { unitSlipRule } from './units';
import { yearJumpRule } from './years';

export const crossRules: readonly CrossRule[] = [
  partOfWholeRule,
  yearJumpRule,
  unitSlipRule,
  disqualifyingAnswerRule,
  provincialRecognitionRule,
  planBudgetRule,
  clusterNameRule,
  applicationDateRule,
];

/** Every cross-field issue of the draft. */
export function crossIssues(ctx: NoticeContext, values: FormValues): RuleIssue[] {
  return crossRules.flatMap((rule) => rule.check(ctx, values));
}
