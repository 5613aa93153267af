// Texts across fields: section 8's shared budget (「3000字以内」), the cluster name's pattern, the application date.
import { countChars } from '../../forms/text';
import type { PlanTextField } from '../../forms/types';
import { sectionFields } from '../../forms/walk';
import { fieldFor } from '../read';
import type { RuleIssue } from '../types';
import type { CrossRule } from './rule';

/**
 * The plan's text areas together within the section's budget.
 * Hint: the targets table is not counted (it is a table of figures, not prose); the issue goes to the longest text,
 * the one to shorten first.
 */
export const planBudgetRule: CrossRule = {
  id: 'cross:planBudget',
  check: (ctx, values) =>
    ctx.form.sections.flatMap((section) => {
      if (!section.charBudget) return [];
      const texts = sectionFields(section).filter((f): f is PlanTextField => f.kind === 'planText');
      const counts = texts.map((f) => (typeof values[f.id] === 'string' ? countChars(values[f.id] as string) : 0));
      const total = counts.reduce((a, b) => a + b, 0);
      if (total <= section.charBudget) return [];
      const longest = texts[counts.indexOf(Math.max(...counts))];
      if (!longest) return [];
      const message = `第${section.number}部分合计 ${total} 字，超出“${section.charBudget}字以内”，请删减 ${total - section.charBudget} 字（本栏最长，${Math.max(...counts)} 字）`;
      return [{ fieldId: longest.id, severity: 'error' as const, kind: 'length' as const, message, rule: 'cross:planBudget' }];
    }),
};

/** The cluster name should name an industry, as both printed patterns do (「…XX产业」). */
export const clusterNameRule: CrossRule = {
  id: 'cross:clusterName',
  check: (ctx, values): RuleIssue[] => {
    const field = fieldFor(ctx.form, 'clusterName');
    const name = field ? values[field.id] : undefined;
    if (!field || typeof name !== 'string' || name.trim() === '' || name.includes('产业')) return [];
    const hint = field.kind === 'text' && field.hint ? `，格式为${field.hint}` : '';
    return [{ fieldId: field.id, severity: 'warning', kind: 'format', message: `集群名称应写明主导产业${hint}`, rule: 'cross:clusterName' }];
  },
};

/** The application date should fall between the notice's issue and its deadline. */
export const applicationDateRule: CrossRule = {
  id: 'cross:applicationDate',
  check: (ctx, values): RuleIssue[] => {
    const field = fieldFor(ctx.form, 'applicationDate');
    const date = field ? values[field.id] : undefined;
    if (!field || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) return [];
    const { issuedOn, deadline } = ctx.notice;
    const d = date.trim();
    // Hint: a date the notice does not state (the Ministry leaves the county's date to each province) bounds nothing.
    const message =
      deadline.date && d > deadline.date
        ? `申报时间晚于通知的截止时间（${deadline.text}），请核实`
        : issuedOn && d < issuedOn
          ? `申报时间早于通知印发日期（${issuedOn}），请核实`
          : undefined;
    return message ? [{ fieldId: field.id, severity: 'warning', kind: 'plausibility', message, rule: 'cross:applicationDate' }] : [];
  },
};
