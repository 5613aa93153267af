// What a field shows of the rule set's findings: its issues, its computed values, and whether to show them yet.
import { signal } from '@preact/signals';
import type { ComputedValue, RuleIssue } from '../rules';

/** One finding about a field, as the rule set reports it. */
export type FieldIssue = RuleIssue;

/** Issues shown on the current step, by field id; set by the wizard. */
export const shownIssues = signal<ReadonlyMap<string, readonly FieldIssue[]>>(new Map());

/** Computed values of the current step, by field id; set by the wizard. */
export const stepComputed = signal<ReadonlyMap<string, readonly ComputedValue[]>>(new Map());

/** What a field shows of an issue: where inside it (「2023年」), then what is wrong. */
export function issueText(i: FieldIssue): string {
  return i.place ? `${i.place}：${i.message}` : i.message;
}

export function issuesOf(fieldId: string): readonly FieldIssue[] {
  return shownIssues.value.get(fieldId) ?? [];
}

/** Issues of one part of a field (a year cell); issues without a path belong to the whole field. */
export function issuesAt(fieldId: string, path: string): readonly FieldIssue[] {
  return issuesOf(fieldId).filter((i) => i.path === path || i.path?.startsWith(`${path}.`));
}

export function hasError(issues: readonly FieldIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * What to show before the user asks to finish the step: everything about what they entered, but not
 * 「还没填」 — an empty field is not a mistake until they say they are done.
 */
export function visibleIssues(issues: readonly FieldIssue[], attempted: boolean): FieldIssue[] {
  return attempted ? [...issues] : issues.filter((i) => i.kind !== 'required');
}

export function byField<T extends { fieldId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const i of items) map.set(i.fieldId, [...(map.get(i.fieldId) ?? []), i]);
  return map;
}
