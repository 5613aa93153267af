// What a qualitative item shows beside its tick: the related figures the form has, for the user to weigh.
import type { Concept } from '../../forms/concepts';
import { standardCategories } from '../../forms/types';
import { fieldFor, latestOf } from '../read';
import { checkTargets } from '../targets';
import type { CriterionInput } from '../types';

type Observer = (input: CriterionInput) => string;

const _tickState = (input: CriterionInput, id: string) => (input.declared[id] ? '已自评符合' : '未自评');

/** 「近三年主持 12 项、参与 20 项」 from the standards table (blank cells count 0). */
export const standardsTotals =
  (id: string): Observer =>
  (input) => {
    const field = fieldFor(input.ctx.form, 'standards');
    const table = (field ? input.values[field.id] : undefined) as Record<string, Record<string, Record<string, string>>> | undefined;
    let lead = 0;
    let join = 0;
    for (const year of input.ctx.years)
      for (const c of standardCategories) {
        lead += Number(table?.[year]?.[c.value]?.lead) || 0;
        join += Number(table?.[year]?.[c.value]?.join) || 0;
      }
    return `${_tickState(input, id)}；表中近三年主持 ${lead} 项、参与 ${join} 项标准`;
  };

/** The latest value of a figure, e.g. 「境外分支机构 7 个」. */
export const figure =
  (id: string, concept: Concept, name: string, unit: string): Observer =>
  (input) => {
    const n = latestOf(input.ctx.form, input.values, concept);
    return `${_tickState(input, id)}${n ? `；表中${name} ${n.value}${unit}` : ''}`;
  };

/** How many of section 8's requirements a–g the targets meet. */
export const targetsSummary =
  (id: string): Observer =>
  (input) => {
    const checks = checkTargets(input.ctx, input.values);
    const pass = checks.filter((c) => c.verdict === 'pass').length;
    return `${_tickState(input, id)}；发展目标符合第八部分要求 ${pass}/${checks.length} 项`;
  };
