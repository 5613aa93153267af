// Section 8's note opens 「基准值须符合中小企业特色产业集群认定标准」: a targets row whose baseline is a figure
// the criteria set a threshold for (产值年均增速, 工业互联网普及率) is checked against that same threshold.
import type { FormValues } from '../forms/fieldValues';
import type { NoticeContext } from '../forms';
import type { TargetsField } from '../forms/types';
import { formFields } from '../forms/walk';
import { describeBound, meets } from './bounds';
import { toNum } from './read';
import { ruleSets } from './sets/registry';
import type { RuleIssue } from './types';
import { pathPrefix } from './fields/issues';

type Cells = Record<string, { baseline?: string } | undefined>;

/** A warning on each baseline that misses the rule set's threshold for its figure, quoting the clause. */
export function baselineIssues(ctx: NoticeContext, values: FormValues): RuleIssue[] {
  const set = ruleSets[ctx.ruleSetId];
  const field = formFields(ctx.form).find((f): f is TargetsField => f.kind === 'targets');
  if (!field || !set.baselines) return [];
  const cells = ((values[field.id] as { fixed?: Cells } | undefined)?.fixed ?? {}) as Cells;
  return field.directions.flatMap((d) => d.indicators).flatMap((row): RuleIssue[] => {
    const criterion = row.concept ? set.criteria.find((c) => c.id === set.baselines?.[row.concept!]) : undefined;
    const baseline = toNum(cells[row.key]?.baseline);
    if (!criterion?.limit || !baseline || meets(criterion.limit, baseline.value)) return [];
    return [
      {
        fieldId: field.id,
        path: `fixed.${row.key}.baseline`,
        place: pathPrefix(field, ['fixed', row.key, 'baseline']),
        severity: 'warning',
        kind: 'criterion',
        message: `“${row.label}”的基准值 ${baseline.value} 不符合认定标准“${criterion.clause}”（要求 ${describeBound(criterion.limit)}，${criterion.source}）；基准值须符合认定标准`,
        rule: `target:baseline.${row.key}`,
      },
    ];
  });
}
