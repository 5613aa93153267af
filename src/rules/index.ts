// Rules of the notice the user answers: field rules, cross-field consistency, computed values, section 8 targets
// and the eligibility pre-check. Pure functions of (notice context, draft values); no UI imports.
import type { FormValues } from '../forms/fieldValues';
import type { NoticeContext } from '../forms';
import type { Field, FormDefinition } from '../forms/types';
import { fieldById, fieldsOfItem, formFields, sectionFields } from '../forms/walk';
import { pathPrefix } from './fields/issues';
import { computeAll, computedIssues } from './computed';
import { crossIssues } from './cross';
import { validateFields } from './fields/validate';
import { sectionOfField } from './read';
import { baselineIssues } from './baselines';
import { checkTargets } from './targets';
import type { ComputedValue, RuleIssue, TargetCheck } from './types';

export type { ComputedValue, CriterionResult, IssueKind, IssueOffer, RuleIssue, TargetCheck, Verdict, BoundType, Criterion, RuleSet } from './types';
export { eligibilityReport, criteriaFor } from './eligibility';
export { ruleSets } from './sets/registry';
export { TOLERANCE_POINTS } from './targets';
export { cellSpec } from './fields/cellSpecs';
export type { CellSpec } from './fields/cellSpecs';

/** Every computed value the notice's form supports, with the typed value and whether it differs. */
export function computedValues(ctx: NoticeContext, values: FormValues): ComputedValue[] {
  return computeAll(ctx, values);
}

/** Section 8's requirements a–g, each checked against the targets table. */
export function targetChecks(ctx: NoticeContext, values: FormValues): TargetCheck[] {
  return checkTargets(ctx, values);
}

function _targetIssues(form: FormDefinition, checks: readonly TargetCheck[]): RuleIssue[] {
  return checks
    .filter((c) => c.verdict === 'fail')
    .map((c) => ({
      fieldId: c.fieldId,
      path: c.path,
      place: pathPrefix(fieldById(form, c.fieldId), c.path.split('.')),
      severity: 'warning' as const,
      kind: 'criterion' as const,
      message: `目标值须符合要求 ${c.requirementKey}“${c.text}”：${c.reason}${c.tolerance ? `（${c.tolerance}）` : ''}`,
      rule: `target:${c.requirementKey}`,
    }));
}

/** Issues that span fields: consistency, computed-value differences, section 8 targets. */
function _spanningIssues(ctx: NoticeContext, values: FormValues): RuleIssue[] {
  return [
    ...crossIssues(ctx, values),
    ...computedIssues(computeAll(ctx, values)),
    ..._targetIssues(ctx.form, checkTargets(ctx, values)),
    ...baselineIssues(ctx, values),
  ];
}

const order = new WeakMap<FormDefinition, Map<string, number>>();

/** Issues in print order of their fields (stable within a field). */
function _inPrintOrder(form: FormDefinition, issues: RuleIssue[]): RuleIssue[] {
  let map = order.get(form);
  if (!map) {
    map = new Map(formFields(form).map((f, i) => [f.id, i]));
    order.set(form, map);
  }
  const at = map;
  return issues.sort((a, b) => (at.get(a.fieldId) ?? 0) - (at.get(b.fieldId) ?? 0));
}

/** The fields a section shows: its own, and the cover fields it mirrors (section 1 repeats 集群名称 …). */
function _fieldsShownIn(form: FormDefinition, sectionId: string): Field[] {
  if (sectionId === 'cover') return form.cover.fields.flatMap(fieldsOfItem);
  const section = form.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`表单 ${form.id} 中没有第 ${sectionId} 部分`);
  const mirrored = new Set(section.items.flatMap((i) => (i.kind === 'mirror' ? [i.of] : [])));
  return [...formFields(form).filter((f) => mirrored.has(f.id)), ...sectionFields(section)];
}

/** The issues of one section ('cover' | 's1'…'s9'); errors block 「完成本节」, warnings never do. */
export function validateSection(ctx: NoticeContext, values: FormValues, sectionId: string): RuleIssue[] {
  const fields = _fieldsShownIn(ctx.form, sectionId);
  const ids = new Set(fields.map((f) => f.id));
  const spanning = _spanningIssues(ctx, values).filter((i) => ids.has(i.fieldId));
  return _inPrintOrder(ctx.form, [...validateFields(ctx.form, values, fields), ...spanning]);
}

/** Every issue of the draft, each field's once, in print order. */
export function validateDraft(ctx: NoticeContext, values: FormValues): RuleIssue[] {
  return _inPrintOrder(ctx.form, [...validateFields(ctx.form, values, formFields(ctx.form)), ..._spanningIssues(ctx, values)]);
}

/** The section a field is printed in ('cover', 's1'…), for grouping issues in a summary. */
export function sectionOf(ctx: NoticeContext, fieldId: string): string | undefined {
  return sectionOfField(ctx.form, fieldId);
}
