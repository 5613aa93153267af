// Cross-field consistency of counts: a part cannot outnumber its whole (其中中小企业 ≤ 集群企业, 研发人员 ≤ 从业人员…).
import type { FormValues } from '../../forms/fieldValues';
import type { NoticeContext } from '../../forms';
import type { Concept } from '../../forms/concepts';
import type { NumberField } from '../../forms/types';
import { numberFieldFor, numberOf } from '../read';
import type { RuleIssue } from '../types';
import type { CrossRule } from './rule';

/** A part (left) that may not exceed a whole (right). */
interface PartOfWhole {
  readonly part: Concept;
  readonly whole: Concept;
}

/**
 * Which counts are parts of which wholes.
 * Hint: 专精特新、“小巨人”、创新型、上市 and 上市辅导期 enterprises are SMEs by their own definition, so they are
 * bounded by the SME count; 单项冠军、高新技术企业 and the Guangdong combined row (which includes 链主企业) may be
 * large enterprises, so only the count of all enterprises bounds them.
 */
export const PART_OF_WHOLE: readonly PartOfWhole[] = [
  { part: 'smeCount', whole: 'enterpriseCount' },
  { part: 'specializedSmeCount', whole: 'smeCount' },
  { part: 'littleGiantCount', whole: 'smeCount' },
  { part: 'innovativeSmeCount', whole: 'smeCount' },
  { part: 'listedSmeCount', whole: 'smeCount' },
  { part: 'preListingSmeCount', whole: 'smeCount' },
  { part: 'singleChampionCount', whole: 'enterpriseCount' },
  { part: 'highTechCount', whole: 'enterpriseCount' },
  { part: 'qualityEnterpriseCount', whole: 'enterpriseCount' },
  { part: 'cloudSmeCount', whole: 'smeCount' },
  { part: 'iipSmeCount', whole: 'smeCount' },
  { part: 'rdStaff', whole: 'smeEmployees' },
];

/** A field's label without its unit or 「其中：」, for messages. */
export function shortLabel(field: NumberField): string {
  return field.label.replace(/^其中：/, '').replace(/（[^（）]*）$/, '');
}

/** The years to compare: every report year where both are per year, else the last (single values are year-end). */
function _yearsToCompare(ctx: NoticeContext, a: NumberField, b: NumberField): (number | undefined)[] {
  if (a.perYear && b.perYear) return [...ctx.years];
  return [a.perYear || b.perYear ? ctx.years[2] : undefined];
}

function _checkPair(ctx: NoticeContext, values: FormValues, rel: PartOfWhole): RuleIssue[] {
  const part = numberFieldFor(ctx.form, rel.part);
  const whole = numberFieldFor(ctx.form, rel.whole);
  if (!part || !whole) return [];
  return _yearsToCompare(ctx, part, whole).flatMap((year) => {
    const p = numberOf(values, part, part.perYear ? year : undefined);
    const w = numberOf(values, whole, whole.perYear ? year : undefined);
    if (!p || !w || p.value <= w.value) return [];
    const issue: RuleIssue = {
      fieldId: part.id,
      severity: 'error',
      kind: 'consistency',
      ...(year === undefined ? {} : { place: `${year}年` }),
      message: `${shortLabel(part)}（${p.value}）多于${shortLabel(whole)}（${w.value}），请核实`,
      rule: `cross:${rel.part}≤${rel.whole}`,
    };
    if (part.perYear && year !== undefined) issue.path = String(year);
    return [issue];
  });
}

export const partOfWholeRule: CrossRule = {
  id: 'cross:partOfWhole',
  check: (ctx, values) => PART_OF_WHOLE.flatMap((rel) => _checkPair(ctx, values, rel)),
};
