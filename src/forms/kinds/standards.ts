// The standards table: 国际/国家/行业/团体 × 主持数量/参与数量 × the report years.
import { parseNumberText } from '../numbers';
import { standardCategories, standardRoles } from '../types';
import type { ReportYears, StandardsField } from '../types';
import type { StandardsValue } from '../values';
import { standardsValue } from '../values';
import { byKey, yearNotReported } from './carry';
import type { FieldKindModel } from './types';
import { allFilled, isEntered, oneIfAny } from './shared';

const _roleKeys = standardRoles.map((r) => r.value);

function _summary(value: StandardsValue | undefined, years: ReportYears): string {
  return years
    .map((y) => {
      const cells = standardCategories.flatMap((c) =>
        standardRoles.map((r) => [c.label + r.label.replace('数量', ''), value?.[`${y}`]?.[c.value]?.[r.value] ?? ''] as const),
      );
      const filled = cells.filter(([, text]) => text !== '');
      return filled.length ? `${y}年：${filled.map(([k, text]) => `${k} ${text}`).join('，')}` : '';
    })
    .filter(Boolean)
    .join('；');
}

/** 「主持 3 项、参与 12 项」 over every year and category; empty where all are 0. */
function _entered(value: StandardsValue | undefined): string {
  const sum = { lead: 0, join: 0 };
  for (const byCategory of Object.values(value ?? {}))
    for (const cell of Object.values(byCategory ?? {}))
      for (const role of _roleKeys) {
        const p = parseNumberText(cell?.[role]);
        if (p.kind === 'number') sum[role] += p.value;
      }
  return sum.lead + sum.join > 0 ? `主持 ${sum.lead} 项、参与 ${sum.join} 项` : '';
}

export const standardsKind: FieldKindModel<StandardsField> = {
  valueSchema: (_f, years) => standardsValue(years),
  texts: (f) => [f.label, '类别', ...standardRoles.map((r) => r.label), ...standardCategories.map((c) => c.label)],
  // Hint: every cell, 「0」 where there is none.
  isFilled: (_f, value, years) =>
    years.every((y) => standardCategories.every((c) => allFilled(value?.[`${y}`]?.[c.value], _roleKeys))),
  isTouched: (_f, value) => isEntered(value),
  summary: (_f, value, years) => _summary(value, years),
  entered: (_f, value) => _entered(value),
  evidenceTrigger: 'entered',
  carry: (_from, _to, value, ctx) => {
    const years = new Set(ctx.to.years.map(String));
    return byKey(value, (k) => years.has(k), yearNotReported);
  },
  evidenceAnswers: (_f, value) => oneIfAny(_entered(value)),
};
