// Writing the 一企一表 documents for download: 表1 (the blank template) and the 统计汇总表, each as XLSX (written on
// the page) or PDF (written in the table worker). The writers load on first use only.
import type { NoticeContext } from '../../forms';
import { enterpriseTableOf } from '../../forms/enterpriseTable';
import type { EnterpriseRow } from '../../forms/enterpriseValues';
import { summaryDocument, templateDocument } from '../../enterprises/documents';
import { enterpriseTotals } from '../../enterprises/totals';
import type { TableDocument } from '../../pdf/tables/types';
import { downloadBlob } from '../persistence';
import type { Editor } from '../store';

export type DocumentKind = 'template' | 'summary';
export type FileKind = 'xlsx' | 'pdf';

const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a download needs of the draft. */
export interface DocumentSource {
  readonly ctx: NoticeContext;
  readonly rows: readonly EnterpriseRow[];
  readonly clusterName?: string;
}

/** What the downloads need of the draft, read when a button is pressed. */
export function documentSource(store: Editor): DocumentSource {
  const name = store.values()['clusterName'];
  return { ctx: store.ctx, rows: store.enterprises.peek(), ...(typeof name === 'string' ? { clusterName: name } : {}) };
}

function _document(kind: DocumentKind, src: DocumentSource): TableDocument {
  const table = enterpriseTableOf(src.ctx.form);
  const subject = `${src.ctx.notice.title}（${src.ctx.notice.documentNumber}）`;
  if (kind === 'template') return templateDocument(table, subject);
  return summaryDocument(src.rows, enterpriseTotals(src.rows, table), { clusterName: src.clusterName, subject });
}

/** 「企业发展情况表（模板）-gd-2023.xlsx」, 「某集群-企业发展情况表统计汇总表.pdf」. */
export function documentFileName(kind: DocumentKind, file: FileKind, src: DocumentSource): string {
  const name = kind === 'template' ? `企业发展情况表（模板）-${src.ctx.notice.id}` : `${(src.clusterName?.trim() || '未命名集群').slice(0, 60)}-企业发展情况表统计汇总表`;
  return `${name.replace(UNSAFE, '_')}.${file}`;
}

/** Writes the document and hands it to the browser; resolves with the characters printed as 〓 (PDF only). */
export async function downloadDocument(kind: DocumentKind, file: FileKind, src: DocumentSource): Promise<readonly string[]> {
  const doc = _document(kind, src);
  const name = documentFileName(kind, file, src);
  if (file === 'xlsx') {
    const { writeDocumentXlsx } = await import('../../enterprises/xlsx/write');
    const blob = await writeDocumentXlsx(doc, kind === 'template' ? doc.title : '统计汇总表');
    downloadBlob(new Blob([blob], { type: XLSX_TYPE }), name);
    return [];
  }
  const { writeTablePdfInWorker } = await import('../../pdf/tables/client');
  const written = await writeTablePdfInWorker(doc);
  downloadBlob(new Blob([written.bytes as BlobPart], { type: 'application/pdf' }), name);
  return written.missing;
}
