// One cluster's row of the 推荐汇总表: 集群名称, 运营管理机构 and 所在地 read from the cover by concept (never by
// field id), 主导产业, 集群成立时间 and 集群简介 from the draft's submission answers.
import type { NoticeContext } from '../forms';
import type { FormValues } from '../forms/fieldValues';
import type { SummaryColumn, SummarySource } from '../forms/notices';
import type { SubmissionAnswers } from '../forms/submission';
import { fieldOfConcept } from '../forms/walk';

/** The texts of one row by source, except 序号 (the row's place in the table). */
export type SummaryRowTexts = { readonly [S in Exclude<SummarySource, 'serial'>]: string };

const _text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A cover text by concept, trimmed; '' where the version has no such field or it is empty. */
export function coverText(ctx: NoticeContext, values: FormValues, concept: 'clusterName' | 'operator'): string {
  const field = fieldOfConcept(ctx.form, concept);
  return field ? _text(values[field.id]) : '';
}

/**
 * 所在地 from 所属地区, the parts the column names, joined by 「、」 as the header lists them (「湖北、襄阳、谷城」).
 * Hint: the cover's parts take names without 省/市/县 (the form prints those after the blank), so none is added here;
 * a part the form does not ask (Guangdong's province) is the notice's province; a repeated name (a 直管市) once.
 */
export function locationText(ctx: NoticeContext, values: FormValues, parts: SummaryColumn['parts'] = ['province', 'city', 'county']): string {
  const field = fieldOfConcept(ctx.form, 'region');
  const value = field ? values[field.id] : undefined;
  const typed = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const asked = new Set(field?.kind === 'region' ? field.parts.map((p) => p.value) : []);
  const province = _text(ctx.notice.province);
  const names = parts.map((p) => (asked.has(p) ? _text(typed[p]) : p === 'province' ? province : '')).filter(Boolean);
  return names.filter((n, i) => names.indexOf(n) === i).join('、');
}

/** The row's texts for the notice's table. */
export function summaryRowOf(ctx: NoticeContext, values: FormValues, answers: SubmissionAnswers): SummaryRowTexts {
  const location = ctx.notice.summaryTable.columns.find((c) => c.source === 'location');
  return {
    clusterName: coverText(ctx, values, 'clusterName'),
    operator: coverText(ctx, values, 'operator'),
    location: locationText(ctx, values, location?.parts),
    leadingIndustry: _text(answers.leadingIndustry),
    foundedIn: _text(answers.foundedIn),
    // Hint: the 简介 keeps its inner line breaks and spaces as typed; only its ends are trimmed.
    intro: _text(answers.intro),
  };
}
