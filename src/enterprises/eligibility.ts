// 认定标准自查 with the enterprise list: where the form has no number, the criteria are judged on the table's
// figures instead, and the verdict says so (「据一企一表合计：…」). The rules themselves are unchanged: they are
// given the values with the empty cells supplied.
import type { NoticeContext } from '../forms';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import type { FormValues } from '../forms/fieldValues';
import { eligibilityReport } from '../rules';
import type { CriterionResult } from '../rules';
import { enterpriseOffers, suppliedValues } from './offers';
import type { Offer } from './offers';

const _same = (a: CriterionResult, b: CriterionResult) => a.verdict === b.verdict && a.observed === b.observed && a.reason === b.reason;

function _note(used: readonly Offer[]): string {
  const cells = used.map((o) => `${o.cellLabel} ${o.text}`).join('，');
  return `（据一企一表合计：表中未填的 ${cells}，由企业发展情况表汇总得出，请核对后填入申报表）`;
}

/** The pre-check's verdicts; those that change with the table's figures carry the note saying which were used. */
export function eligibilityWithEnterprises(
  ctx: NoticeContext,
  values: FormValues,
  declared: Record<string, boolean>,
  rows: readonly EnterpriseRow[],
): CriterionResult[] {
  const plain = eligibilityReport(ctx, values, declared);
  const supplied = suppliedValues(values, enterpriseOffers(ctx.form, values, rows));
  if (!supplied.used.length) return plain;
  const note = _note(supplied.used);
  return eligibilityReport(ctx, supplied.values, declared).map((r, i) => (_same(r, plain[i]!) ? plain[i]! : { ...r, reason: `${r.reason}${note}` }));
}
