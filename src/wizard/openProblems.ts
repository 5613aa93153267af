// What is still open in a draft, section by section, for 核对信息 and the PDF gate: errors, warnings and items
// not yet answered, each linked to its field. Read through the rules' public API (validateDraft, RuleIssue).
import type { NoticeContext } from '../forms';
import type { FormValues } from '../forms/fieldValues';
import { fieldById } from '../forms/walk';
import { sectionOf, validateDraft, type RuleIssue } from '../rules';
import { fieldName } from './names';
import type { Step } from './steps';

/** 错误: something entered is wrong; 提醒: worth a second look; 未填写: a required item not answered yet. */
export type ProblemKind = 'error' | 'warning' | 'unanswered';

export interface Problem {
  readonly kind: ProblemKind;
  readonly fieldId: string;
  /** The field's name (with its row's label where the label alone is ambiguous). */
  readonly label: string;
  /** What is wrong; empty for an unanswered item. */
  readonly message: string;
}

export interface SectionProblems {
  readonly step: Step;
  readonly problems: readonly Problem[];
}

/** 「not answered yet」 by the issue's typed kind; everything else is an error or a warning by its severity. */
export function problemKind(issue: RuleIssue): ProblemKind {
  if (issue.kind === 'required') return 'unanswered';
  return issue.severity === 'error' ? 'error' : 'warning';
}

/** An unanswered field is listed once, however many of its cells are empty; errors and warnings each. */
function _problems(ctx: NoticeContext, issues: readonly RuleIssue[]): Problem[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const kind = problemKind(issue);
    const key = kind === 'unanswered' ? `u:${issue.fieldId}` : `${kind}:${issue.fieldId}:${issue.path ?? ''}:${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const label = fieldName(fieldById(ctx.form, issue.fieldId));
    const message = issue.place ? `${issue.place}：${issue.message}` : issue.message;
    return [{ kind, fieldId: issue.fieldId, label, message: kind === 'unanswered' ? '' : message }];
  });
}

/** The draft's open problems grouped by the step they are in, in step order; steps without any left out. */
export function openProblems(ctx: NoticeContext, values: FormValues, steps: readonly Step[]): SectionProblems[] {
  const issues = validateDraft(ctx, values);
  return steps
    .map((step) => ({ step, problems: _problems(ctx, issues.filter((i) => (sectionOf(ctx, i.fieldId) ?? 'cover') === step.id)) }))
    .filter((s) => s.problems.length > 0);
}

/** How many problems of each kind. */
export function countProblems(sections: readonly SectionProblems[]): Record<ProblemKind, number> {
  const counts = { error: 0, warning: 0, unanswered: 0 };
  for (const s of sections) for (const p of s.problems) counts[p.kind]++;
  return counts;
}

/** A PDF written now would be a draft: something is wrong or unanswered (warnings alone do not make one). */
export function isDraft(counts: Record<ProblemKind, number>): boolean {
  return counts.error + counts.unanswered > 0;
}
