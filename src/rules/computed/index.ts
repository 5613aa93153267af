// Computed values of a draft, and a warning where the typed value differs from the computed one.
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import type { FormDefinition } from '../../forms/types';
import type { ComputedValue, RuleIssue } from '../types';
import { applies, evaluateSpec, locateSpec } from './evaluate';
import type { ComputedSpec } from './spec';
import { computedSpecs } from './specs';

const applicable = new WeakMap<FormDefinition, readonly ComputedSpec[]>();

/** The specs that apply to the form version, worked out once per version. */
export function specsFor(form: FormDefinition): readonly ComputedSpec[] {
  let specs = applicable.get(form);
  if (!specs) {
    specs = computedSpecs.filter((s) => applies(form, s));
    applicable.set(form, specs);
  }
  return specs;
}

const cellsByForm = new WeakMap<FormDefinition, ReadonlySet<string>>();

/**
 * The cells some formula gives, as 'fieldId' or 'fieldId.path' ('rdIntensity.2023', 'planTargets.fixed.outputCagr.baseline'),
 * so a blank one is asked for in those terms (「可按公式算出」) rather than 「没有时填 0」.
 */
export function computedCells(form: FormDefinition): ReadonlySet<string> {
  let cells = cellsByForm.get(form);
  if (!cells) {
    const places = specsFor(form).flatMap((s) => (s.target.kind === 'info' ? [] : [locateSpec(form, s)!]));
    cells = new Set(places.map((p) => (p.path ? `${p.fieldId}.${p.path}` : p.fieldId)));
    cellsByForm.set(form, cells);
  }
  return cells;
}

/** Every computed value the form version supports, on this draft. */
export function computeAll(ctx: NoticeContext, values: FormValues): ComputedValue[] {
  return specsFor(ctx.form).map((s) => evaluateSpec(ctx, values, s));
}

/** 「2023年」 for a year's cell, the value's name for a cell inside a table (基准值), nothing for a single value. */
function _where(c: ComputedValue): string {
  if (!c.path) return '';
  return /^\d{4}$/.test(c.path) ? `${c.path}年` : c.label;
}

/** A warning (never an error) per typed value that differs from its computed value; the typed value is kept. */
export function computedIssues(computed: readonly ComputedValue[]): RuleIssue[] {
  return computed
    .filter((c) => c.differs && c.value !== null)
    .map((c) => ({
      fieldId: c.fieldId,
      ...(c.path ? { path: c.path } : {}),
      severity: 'warning' as const,
      kind: 'computed' as const,
      ...(c.path ? { place: _where(c) } : {}),
      message: `填写的 ${c.typed?.toFixed(2)} 与按 ${c.formula} 算得的 ${c.suggestion} 不一致；可改用算得的值，或核实各项数据`,
      rule: `computed:${c.id}`,
    }));
}
