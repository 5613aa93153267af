// The page's side of the inspect worker (inspectWorker.ts), started on first use under the page's policy.
import { startPolicyWorker } from '../../workers/policyWorker';
import type { Inspection, InspectResponse } from './inspect';
import workerUrl from './inspectWorker.ts?worker&url';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: Inspection) => void; reject: (e: Error) => void }>();

function _worker(): Worker {
  if (worker) return worker;
  worker = startPolicyWorker(workerUrl);
  worker.onmessage = (event: MessageEvent<InspectResponse>) => {
    const r = event.data;
    const call = pending.get(r.id);
    pending.delete(r.id);
    if (r.type === 'error') call?.reject(new Error(r.message));
    else call?.resolve(r.pdf ? { sha256: r.sha256, pdf: r.pdf } : { sha256: r.sha256 });
  };
  // Hint: a worker that cannot load fails every call; the next call starts a new one.
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(`文件检查程序无法运行：${event.message || '加载失败'}`));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** The file's SHA-256 and, for a PDF, its pages or why it cannot be used; in the worker. */
export function inspectInWorker(blob: Blob, pdf: boolean): Promise<Inspection> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    _worker().postMessage({ id, blob, pdf });
  });
}
