// The page's side of DOCX writing: one call over a worker (worker.ts) under the page's policy, started on first
// use, so the docx library and the layout code load only when a Word file is first asked for.
import type { FormValues } from '../forms/fieldValues';
import type { TableDocument } from '../pdf/tables/types';
import type { DocxRequest, DocxResponse } from './protocol';
import { startPolicyWorker } from '../workers/policyWorker';
import workerUrl from './worker.ts?worker&url';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();

function _worker(): Worker {
  if (worker) return worker;
  worker = startPolicyWorker(workerUrl);
  worker.onmessage = (event: MessageEvent<DocxResponse>) => {
    const r = event.data;
    const call = pending.get(r.id);
    pending.delete(r.id);
    if (r.type === 'error') call?.reject(new Error(r.message));
    else call?.resolve(r.bytes);
  };
  // Hint: a worker that cannot load fails every call; the next call starts a new one.
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(`Word 文件生成程序无法运行：${event.message || '加载失败'}`));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function _call(request: WithoutId<DocxRequest>): Promise<Uint8Array> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    try {
      _worker().postMessage({ ...request, id });
    } catch (err) {
      pending.delete(id);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** The notice's 申报表 as .docx bytes, blank (values null) or filled. */
export function writeFormDocxInWorker(noticeId: string, values: FormValues | null): Promise<Uint8Array> {
  return _call({ type: 'form', noticeId, values });
}

/** A table document (推荐汇总表, 统计汇总表) as .docx bytes. */
export function writeTableDocxInWorker(document: TableDocument): Promise<Uint8Array> {
  return _call({ type: 'table', document });
}
