// Who signs and stamps what, read from the documents themselves: the 申报表's own 盖章/公章/签字 lines (cover fields,
// the 真实性声明's signature lines; the 推荐意见 is the recommending level's), and the 汇总表's stamp line.
import type { Deliverable, Notice } from '../forms/notices';
import type { FormDefinition, SignatureBlockItem } from '../forms/types';
import { fieldsOfItem } from '../forms/walk';

const SIGNED = /（(盖章|公章|签字)）/;

/** The form's lines the applying county signs or stamps, with where they are: 「封面：县级…（盖章）」. */
export function countyStampLines(form: FormDefinition): string[] {
  const cover = form.cover.fields.flatMap(fieldsOfItem).filter((f) => SIGNED.test(f.label)).map((f) => `封面“${f.label}”`);
  const blocks = form.sections.flatMap((s) => s.items.filter((i): i is SignatureBlockItem => i.kind === 'signatureBlock' && i.text !== undefined));
  const signed = blocks.flatMap((b) => b.signatureLines.filter((l) => SIGNED.test(l)).map((l) => `${b.title}“${l.replace(/：$/, '')}”`));
  return [...cover, ...signed];
}

/** The recommending level as the 汇总表's stamp line names it (「市州经信部门」), or 「推荐单位」. */
export function recommender(notice: Notice): string {
  return notice.summaryTable.stampLine?.replace(/：?（盖章）$/, '') || '推荐单位';
}

/** Who stamps a deliverable, in a sentence for the 「报送」 page; '' where nothing is stamped. */
export function stampText(notice: Notice, form: FormDefinition, d: Deliverable): string {
  if (d.stamp === 'county') return `由县级中小企业主管部门签字盖章：${countyStampLines(form).join('；')}`;
  if (d.stamp === 'recommender') return `由${recommender(notice)}盖章`;
  return '';
}
