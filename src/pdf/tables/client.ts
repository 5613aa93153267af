// The page's side of table-document PDFs: one call over a worker (worker.ts) under the page's policy, started on
// first use, so pdf-lib, fontkit and the font load only when a table is first written.
import { workerClient } from '../../workers/workerClient';
import { FONT_URL } from '../font/fontUrl';
import type { TablePdfRequest, TablePdfResponse } from './protocol';
import type { TableDocument } from './types';
import workerUrl from './worker.ts?worker&url';

export interface WrittenTable {
  readonly bytes: Uint8Array;
  /** Characters the font lacks, printed as 〓. */
  readonly missing: readonly string[];
}

const call = workerClient<TablePdfRequest, TablePdfResponse>(workerUrl, 'PDF 生成程序', [FONT_URL]);

/** Writes a table document as a PDF, in the worker. */
export async function writeTablePdfInWorker(document: TableDocument): Promise<WrittenTable> {
  const { bytes, missing } = await call({ document });
  return { bytes, missing };
}
