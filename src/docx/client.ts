// The page's side of DOCX writing: one call over a worker (worker.ts) under the page's policy, started on first
// use, so the docx library and the layout code load only when a Word file is first asked for.
import type { FormValues } from '../forms/fieldValues';
import type { TableDocument } from '../pdf/tables/types';
import { workerClient } from '../workers/workerClient';
import type { DocxRequest, DocxResponse } from './protocol';
import workerUrl from './worker.ts?worker&url';

const call = workerClient<DocxRequest, DocxResponse>(workerUrl, 'Word 文件生成程序');

/** The notice's 申报表 as .docx bytes, blank (values null) or filled. */
export async function writeFormDocxInWorker(noticeId: string, values: FormValues | null): Promise<Uint8Array> {
  return (await call({ type: 'form', noticeId, values })).bytes;
}

/** A table document (推荐汇总表, 统计汇总表) as .docx bytes. */
export async function writeTableDocxInWorker(document: TableDocument): Promise<Uint8Array> {
  return (await call({ type: 'table', document })).bytes;
}
