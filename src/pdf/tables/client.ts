// The page's side of table-document PDFs: one call over a worker (worker.ts) under the page's policy, started on
// first use, so pdf-lib, fontkit and the font load only when a table is first written.
import type { TablePdfResponse } from './protocol';
import type { TableDocument } from './types';
import { startPolicyWorker } from '../../workers/policyWorker';
import workerUrl from './worker.ts?worker&url';

export interface WrittenTable {
  readonly bytes: Uint8Array;
  /** Characters the font lacks, printed as 〓. */
  readonly missing: readonly string[];
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: WrittenTable) => void; reject: (e: Error) => void }>();

function _worker(): Worker {
  if (worker) return worker;
  worker = startPolicyWorker(workerUrl);
  worker.onmessage = (event: MessageEvent<TablePdfResponse>) => {
    const r = event.data;
    const call = pending.get(r.id);
    pending.delete(r.id);
    if (r.type === 'error') call?.reject(new Error(r.message));
    else call?.resolve({ bytes: r.bytes, missing: r.missing });
  };
  // Hint: a worker that cannot load fails every call; the next call starts a new one.
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(`PDF 生成程序无法运行：${event.message || '加载失败'}`));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Writes a table document as a PDF, in the worker. */
export function writeTablePdfInWorker(document: TableDocument): Promise<WrittenTable> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    _worker().postMessage({ id, document });
  });
}
