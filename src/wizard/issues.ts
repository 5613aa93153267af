// What a field shows of the rule set's findings: its issues, and whether to show them yet.
import { signal } from '@preact/signals';

/** One finding about a field, as the rule set reports it (see src/rules). */
export interface FieldIssue {
  readonly fieldId: string;
  /** Part of the field: a year, 'count', 'names.0', '2023.national.lead', 'fixed.outputCagr.target' … */
  readonly path?: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** Issues of the current step, by field id; set by the step page. */
export const stepIssues = signal<ReadonlyMap<string, readonly FieldIssue[]>>(new Map());

export function issuesOf(fieldId: string): readonly FieldIssue[] {
  return stepIssues.value.get(fieldId) ?? [];
}

/** Issues of one part of a field (a year cell); issues without a path belong to the whole field. */
export function issuesAt(fieldId: string, path: string): readonly FieldIssue[] {
  return issuesOf(fieldId).filter((i) => i.path === path || i.path?.startsWith(`${path}.`));
}

export function hasError(issues: readonly FieldIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}
