// The rule set's findings for a step, as the wizard shows them.
// Hint: until the rule sets (src/rules) land, this reports only unanswered fields.
import { isFilled } from '../forms/filled';
import type { NoticeContext } from '../forms';
import { fieldName } from './names';
import type { FieldIssue } from './issues';
import { stepFields } from './steps';

export function stepIssues(ctx: NoticeContext, values: Record<string, unknown>, stepId: string): FieldIssue[] {
  return stepFields(ctx.form, stepId)
    .filter((f) => !isFilled(f, values[f.id], ctx.form.years))
    .map((f) => ({ fieldId: f.id, severity: 'error' as const, message: `请填写“${fieldName(f)}”；无相关情况时填写“无”或 0` }));
}
