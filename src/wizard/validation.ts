// The rule set's findings for a step, as the wizard shows them.
import type { NoticeContext } from '../forms';
import { validateSection } from '../rules';
import type { FieldIssue } from './issues';

export function stepIssues(ctx: NoticeContext, values: Record<string, unknown>, stepId: string): FieldIssue[] {
  return validateSection(ctx, values, stepId);
}
