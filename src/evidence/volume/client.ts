// The page's side of the 佐证材料汇编: one call over the volume worker (worker.ts), started on first use under the
// page's policy. Imports no PDF code. Bad files reject with a VolumeError listing each (typed kinds); anything
// else rejects with a plain Error whose message is Chinese.
import { FONT_URL } from '../../pdf/font/fontUrl';
import { startPolicyWorker } from '../../workers/policyWorker';
import { VolumeError } from './problems';
import type { VolumeWorkerRequest, VolumeWorkerResponse } from './protocol';
import type { VolumeProgress, VolumeRequest } from './types';
import workerUrl from './worker.ts?worker&url';

export { VolumeError };

export interface WrittenEvidenceVolume {
  /** The PDF, made into a Blob in the worker (a download or preview URL needs nothing more). */
  readonly blob: Blob;
  /** 「{集群名称}-佐证材料汇编.pdf」, 「佐证材料汇编.pdf」 when no name was entered. */
  readonly fileName: string;
  /** Characters the font lacks in titles and file names (printed as 〓). */
  readonly missing: readonly string[];
}

type Pending = { resolve: (r: WrittenEvidenceVolume | undefined) => void; reject: (e: Error) => void; onProgress?: VolumeProgress };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function _answer(r: VolumeWorkerResponse): void {
  const call = pending.get(r.id);
  if (!call) return;
  if (r.type === 'progress') return call.onProgress?.(r.fraction, r.stage);
  pending.delete(r.id);
  if (r.type === 'warm') call.resolve(undefined);
  else if (r.type === 'written') call.resolve({ blob: r.blob, fileName: r.fileName, missing: r.missing });
  else if (r.type === 'bad-files') call.reject(new VolumeError(r.problems));
  else call.reject(new Error(r.message));
}

function _worker(): Worker {
  if (worker) return worker;
  worker = startPolicyWorker(workerUrl, [FONT_URL]);
  worker.onmessage = (event: MessageEvent<VolumeWorkerResponse>) => _answer(event.data);
  // Hint: a worker that cannot load or runs out of memory fails every call; the next call starts a new one.
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(`汇编生成程序无法运行：${event.message || '加载失败或内存不足'}`));
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

function _call(message: WithoutId<VolumeWorkerRequest>, onProgress?: VolumeProgress): Promise<WrittenEvidenceVolume | undefined> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    try {
      _worker().postMessage({ ...message, id });
    } catch (err) {
      // Hint: what cannot be cloned fails here, before the worker sees it.
      pending.delete(id);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Writes the volume in the worker, with progress from 0 to 1 and what is being done. */
export async function writeEvidenceVolume(request: VolumeRequest, onProgress?: VolumeProgress): Promise<WrittenEvidenceVolume> {
  const written = await _call({ type: 'write', request }, onProgress);
  if (!written) throw new Error('汇编生成程序没有返回文件');
  return written;
}

let warming: Promise<void> | undefined;

/**
 * Starts the worker and loads the font, pdf-lib and the writer, once per page, so the first volume starts reading
 * files at once (cold, that took seconds on a busy machine). Marks `evidence-warm` in the Performance timeline.
 */
export function warmUp(): Promise<void> {
  warming ??= _call({ type: 'warm' }).then(
    () => void performance.mark('evidence-warm'),
    () => void (warming = undefined),
  );
  return warming;
}
