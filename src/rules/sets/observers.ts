// What a qualitative item shows beside its tick: the related figures the form has, for the user to weigh, and the
// concepts those figures come from (the check page links to them). A blank table is 「未填」, never 0.
import type { Concept } from '../../forms/concepts';
import { parseNumberText } from '../../forms/numbers';
import { standardCategories, standardRoles } from '../../forms/types';
import { valueOf } from '../../forms/fieldValues';
import { fieldFor, latestOf } from '../read';
import { checkTargets } from '../targets';
import type { CriterionInput } from '../types';

/** The figures shown beside a qualitative item, and the concepts they are read from. */
export interface Observer {
  (input: CriterionInput): string;
  readonly concepts: readonly Concept[];
}

const _observer = (concepts: readonly Concept[], observe: (input: CriterionInput) => string): Observer => Object.assign(observe, { concepts });

const _tickState = (input: CriterionInput, id: string) => (input.declared[id] ? '已自评符合' : '未自评');

/** Lead and join totals over the typed cells of the standards table, and how many cells hold a number. */
function _standardsTotals(input: CriterionInput) {
  const field = fieldFor(input.ctx.form, 'standards');
  const table = field?.kind === 'standards' ? valueOf(input.values, field) : undefined;
  const sum = { lead: 0, join: 0, typed: 0 };
  for (const year of input.ctx.years)
    for (const c of standardCategories)
      for (const r of standardRoles) {
        const p = parseNumberText(table?.[`${year}`]?.[c.value]?.[r.value]);
        if (p.kind !== 'number') continue;
        sum[r.value] += p.value;
        sum.typed++;
      }
  return { ...sum, cells: input.ctx.years.length * standardCategories.length * standardRoles.length };
}

/** 「近三年主持 12 项、参与 20 项」 from the standards table; 「未填」 where nothing is typed (blank is not 0). */
export const standardsTotals = (id: string): Observer =>
  _observer(['standards'], (input) => {
    const t = _standardsTotals(input);
    if (t.typed === 0) return `${_tickState(input, id)}；表中标准制修订情况未填`;
    const partly = t.typed < t.cells ? `（已填 ${t.typed}/${t.cells} 格，空格未计）` : '';
    return `${_tickState(input, id)}；表中近三年主持 ${t.lead} 项、参与 ${t.join} 项标准${partly}`;
  });

/** The latest value of a figure, e.g. 「境外分支机构 7 个」; 「未填」 where blank. */
export const figure = (id: string, concept: Concept, name: string, unit: string): Observer =>
  _observer([concept], (input) => {
    const n = latestOf(input.ctx.form, input.values, concept);
    if (n === undefined) return _tickState(input, id);
    return `${_tickState(input, id)}；表中${name} ${n ? `${n.value}${unit}` : '未填'}`;
  });

/** How many of section 8's requirements a–g the targets meet. */
export const targetsSummary = (id: string): Observer =>
  _observer(['targetOutputCagr', 'targetQualitySmes', 'targetRdSpend', 'targetInventionPatents', 'targetIipRate', 'targetCo2', 'targetEnergyIntensity'], (input) => {
    const checks = checkTargets(input.ctx, input.values);
    const pass = checks.filter((c) => c.verdict === 'pass').length;
    return `${_tickState(input, id)}；发展目标符合第八部分要求 ${pass}/${checks.length} 项`;
  });
