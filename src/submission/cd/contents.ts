// The parts of the 电子版光盘 folder, in order: the 申报表 as PDF and as Word, the 推荐汇总表 (where the draft has its
// answers), the 一企一表 统计汇总表 (where the draft has enterprises), the draft file to import again. A future part
// (the 佐证材料 volume, its attachments) is one more entry of `cdParts`.
import type { NoticeContext } from '../../forms';
import type { FormValues } from '../../forms/fieldValues';
import type { EnterpriseRow } from '../../forms/enterpriseValues';
import { enterpriseTableOf } from '../../forms/enterpriseTable';
import type { SubmissionAnswers } from '../../forms/submission';
import { summaryDocument as enterpriseSummary } from '../../enterprises/documents';
import { enterpriseTotals } from '../../enterprises/totals';
import type { TableDocument } from '../../pdf/tables/types';
import { summaryDocument } from '../summaryDocument';
import { coverText, summaryRowOf } from '../summaryRow';
import type { CdEntry, CdPart } from './types';

/** What the folder is made from: the notice, the draft's values and envelope parts, and its file for re-import. */
export interface CdSource {
  readonly ctx: NoticeContext;
  readonly values: FormValues;
  readonly answers: SubmissionAnswers;
  readonly enterprises: readonly EnterpriseRow[];
  /** The draft file (src/storage/file.ts `exportDraftsFile`): its text. */
  readonly draftFileText: string;
  /** The name files carry: the 集群名称, else the draft's title. */
  readonly name: string;
}

/** How each kind of file is written: workers in the browser, the writers themselves in Node. */
export interface CdWriters {
  formPdf(noticeId: string, values: FormValues): Promise<Uint8Array>;
  formDocx(noticeId: string, values: FormValues): Promise<Uint8Array>;
  tablePdf(document: TableDocument): Promise<Uint8Array>;
  tableXlsx(document: TableDocument, sheet: string): Promise<Uint8Array>;
}

const _subject = (ctx: NoticeContext) => `${ctx.notice.title}（${ctx.notice.documentNumber}）`;

/** Whether the draft has begun its 推荐汇总表 answers. */
const _hasAnswers = (a: SubmissionAnswers) => [a.leadingIndustry, a.foundedIn, a.intro].some((t) => t?.trim());

function _tables(id: string, title: string, base: string, what: string, doc: () => TableDocument, w: CdWriters): CdPart {
  return {
    id,
    title,
    produce: async () => [
      { path: `${base}.pdf`, title: `${what}（PDF）`, bytes: await w.tablePdf(doc()), stored: true },
      { path: `${base}.xlsx`, title: `${what}（Excel/WPS 表格，可编辑）`, bytes: await w.tableXlsx(doc(), title), stored: true },
    ],
  };
}

/** The parts, each naming its files `{name}-…`; `skip` leaves out what the draft has nothing for. */
export function cdParts(src: CdSource, w: CdWriters): CdPart[] {
  const { ctx, name } = src;
  const table = ctx.notice.summaryTable;
  const parts: CdPart[] = [
    { id: 'formPdf', title: '申报表 PDF', produce: async () => [{ path: `${name}-申报表.pdf`, title: '申报表（PDF，打印、盖章用）', bytes: await w.formPdf(ctx.notice.id, src.values), stored: true }] },
    {
      id: 'formDocx',
      title: '申报表 Word',
      produce: async () => [{ path: `${name}-申报表（可编辑）.docx`, title: '申报表（Word/WPS 文字，可编辑）', bytes: await w.formDocx(ctx.notice.id, src.values), stored: true }],
    },
  ];
  if (_hasAnswers(src.answers)) {
    const doc = () => ({ ...summaryDocument(ctx.notice, [summaryRowOf(ctx, src.values, src.answers)]), subject: _subject(ctx) });
    parts.push(_tables('summaryTable', '推荐汇总表', `${name}-推荐汇总表`, `${table.title}（本集群一行）`, doc, w));
  }
  if (src.enterprises.length) {
    const t = enterpriseTableOf(ctx.form);
    const doc = () => enterpriseSummary(src.enterprises, enterpriseTotals(src.enterprises, t), { clusterName: coverText(ctx, src.values, 'clusterName'), subject: _subject(ctx) });
    parts.push(_tables('enterpriseTables', '企业发展情况表统计汇总表', `${name}-企业发展情况表统计汇总表`, '“一企一表”企业发展情况表统计汇总表', doc, w));
  }
  const draft: CdEntry = { path: `${name}-草稿（可导入集群申报助手）.json`, title: '草稿文件：在集群申报助手首页“从文件导入草稿”可重新打开、修改', bytes: new TextEncoder().encode(src.draftFileText) };
  parts.push({ id: 'draftFile', title: '草稿文件', produce: async () => [draft] });
  return parts;
}

/** Each part's entries in order, numbered 01-, 02- … so the folder sorts as listed. */
export async function produceEntries(parts: readonly CdPart[], onPart?: (part: CdPart, index: number) => void): Promise<CdEntry[]> {
  const out: CdEntry[] = [];
  for (const [i, part] of parts.entries()) {
    onPart?.(part, i);
    for (const e of await part.produce()) out.push(e);
  }
  return out.map((e, i) => ({ ...e, path: `${String(i + 1).padStart(2, '0')}-${e.path}` }));
}
