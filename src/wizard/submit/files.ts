// Writing the submission's files in the browser and handing them to the user: the 申报表 as Word (DOCX worker),
// a 推荐汇总表 as PDF (table worker), Word (DOCX worker) or Excel (on the page), the 电子版光盘 folder as a zip.
// Every writer loads on first use only.
import type { FormValues } from '../../forms/fieldValues';
import type { Notice } from '../../forms/notices';
import type { AnyDraft } from '../../forms/registry';
import type { TableDocument } from '../../pdf/tables/types';
import type { CdWriters } from '../../submission/cd/contents';
import type { CdFolder } from '../../submission/cd/folder';
import type { CdPart } from '../../submission/cd/types';
import { safeFileName } from '../../submission/fileNames';
import { summaryDocument, type SummaryHeading } from '../../submission/summaryDocument';
import { coverText, type SummaryRowTexts } from '../../submission/summaryRow';
import { exportDraftsFile } from '../../storage/file';
import { downloadBlob } from '../persistence';
import type { Editor } from '../store';
import type { DraftStore } from '../../storage';
import { draftWithCurrentTitle } from '../WizardHeader';

export type TableFile = 'pdf' | 'docx' | 'xlsx';
export const TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
} as const;

const _save = (bytes: Uint8Array, type: string, name: string) => downloadBlob(new Blob([bytes as BlobPart], { type }), name);

/** The name a draft's files carry: its 集群名称, else its title, else 「未命名集群」. */
export function draftName(store: Editor, values: FormValues = store.values()): string {
  const title = store.draft['title'];
  return coverText(store.ctx, values, 'clusterName') || (typeof title === 'string' ? title.trim() : '') || '未命名集群';
}

/** The 申报表 as .docx, written in the DOCX worker, saved as 「{集群名称}-申报表-{通知}.docx」. */
export async function downloadFormDocx(store: Editor): Promise<string> {
  const { writeFormDocxInWorker } = await import('../../docx/client');
  const values = store.values();
  const bytes = await writeFormDocxInWorker(store.ctx.notice.id, values);
  const name = safeFileName(`${draftName(store, values)}-申报表-${store.ctx.notice.id}`, 'docx', 90);
  _save(bytes, TYPES.docx, name);
  return name;
}

/** A table document's bytes in the format asked; the characters printed as 〓 (PDF only). */
export async function writeTable(doc: TableDocument, file: TableFile, sheet: string): Promise<{ bytes: Uint8Array; missing: readonly string[] }> {
  if (file === 'pdf') return (await import('../../pdf/tables/client')).writeTablePdfInWorker(doc);
  if (file === 'docx') return { bytes: await (await import('../../docx/client')).writeTableDocxInWorker(doc), missing: [] };
  const { writeDocumentXlsx } = await import('../../enterprises/xlsx/write');
  return { bytes: new Uint8Array(await (await writeDocumentXlsx(doc, sheet)).arrayBuffer()), missing: [] };
}

/** The 推荐汇总表 of these rows, downloaded as 「{表名}.{pdf|docx|xlsx}」; resolves with the characters printed as 〓. */
export async function downloadSummaryTable(notice: Notice, rows: readonly SummaryRowTexts[], heading: SummaryHeading, file: TableFile, base?: string): Promise<readonly string[]> {
  const doc = summaryDocument(notice, rows, heading);
  const written = await writeTable(doc, file, '推荐汇总表');
  _save(written.bytes, TYPES[file], safeFileName(base ?? notice.summaryTable.title, file, 90));
  return written.missing;
}

/** The writers of the 光盘 folder, each in its worker (Excel on the page). */
function _browserWriters(): CdWriters {
  return {
    formPdf: async (noticeId, values) => (await (await import('../../pdf/client')).generatePdf({ noticeId, values })).bytes,
    formDocx: async (noticeId, values) => (await import('../../docx/client')).writeFormDocxInWorker(noticeId, values),
    tablePdf: async (doc) => (await writeTable(doc, 'pdf', '')).bytes,
    tableXlsx: async (doc, sheet) => (await writeTable(doc, 'xlsx', sheet)).bytes,
  };
}

/**
 * The 电子版光盘 folder of the draft as it is now, written and downloaded as one zip; its draft file is the one
 * 「导出草稿」 writes (under the name the drafts list gives it now).
 */
export async function downloadCdFolder(store: Editor, drafts: DraftStore, onPart: (part: CdPart, index: number, count: number) => void): Promise<CdFolder> {
  const { writeCdFolder } = await import('../../submission/cd/folder');
  const draft = (await draftWithCurrentTitle(store, drafts)) as unknown as AnyDraft;
  const values = store.values();
  const src = {
    ctx: store.ctx,
    values,
    answers: store.submission.peek(),
    enterprises: store.enterprises.peek(),
    draftFileText: exportDraftsFile([draft]).text,
    name: draftName(store, values),
  };
  const folder = await writeCdFolder(src, _browserWriters(), onPart);
  _save(folder.zip, TYPES.zip, folder.fileName);
  return folder;
}
