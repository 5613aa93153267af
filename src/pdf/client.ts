// The page's side of PDF generation: a tiny API over the PDF worker (worker.ts). Imports no PDF code; the
// worker, pdf-lib, fontkit and the font load when the user first previews or downloads.
import type { MissingCharacter, PdfRequest, PdfResponse, PdfTiming, PdfValues } from './protocol';
import { startPolicyWorker } from '../workers/policyWorker';
import { FONT_URL } from './font/fontUrl';
import workerUrl from './worker.ts?worker&url';

export type { MissingCharacter, PdfTiming, PdfValues };

export interface GeneratePdfRequest {
  readonly noticeId: string;
  /** The draft's values; null writes the blank form. */
  readonly values: PdfValues;
  /** The draft's own name, used in the file name when the 集群名称 is empty. */
  readonly title?: string;
  /** Written with open problems: 「草稿（未完成）」 on every page, 「（草稿）」 in the file name. */
  readonly draft?: boolean;
}

export interface GeneratedPdf {
  readonly bytes: Uint8Array;
  /** 「{集群名称}-中小企业特色产业集群申报表.pdf」 (「…（草稿）.pdf」 for a draft). */
  readonly fileName: string;
  /** Characters the font lacks (printed as 〓), with the fields they are in. */
  readonly missing: MissingCharacter[];
  /** Where the worker's time went, phase by phase (the benchmark records it). */
  readonly timings: readonly PdfTiming[];
}

/** Progress from 0 to 1, and what is being done (in Chinese, for the progress indicator). */
export type PdfProgress = (fraction: number, stage: string) => void;

type Pending = { resolve: (r: PdfResponse) => void; reject: (e: Error) => void; onProgress?: PdfProgress };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function _fail(message: string): void {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function _worker(): Worker {
  if (worker) return worker;
  // Hint: the font downloads while the worker's script loads and compiles (the first PDF waited for it).
  worker = startPolicyWorker(workerUrl, [FONT_URL]);
  worker.onmessage = (event: MessageEvent<PdfResponse>) => {
    const response = event.data;
    const call = pending.get(response.id);
    if (!call) return;
    if (response.type === 'progress') return call.onProgress?.(response.fraction, response.stage);
    pending.delete(response.id);
    if (response.type === 'error') call.reject(new Error(response.message));
    else call.resolve(response);
  };
  // Hint: a worker that fails to load (script blocked, out of memory) fails every call; the next call starts afresh.
  worker.onerror = (event) => _fail(`PDF 生成程序无法运行：${event.message || '加载失败'}`);
  return worker;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function _call(request: WithoutId<PdfRequest>, onProgress?: PdfProgress): Promise<PdfResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    try {
      _worker().postMessage({ ...request, id });
    } catch (err) {
      // Hint: values that cannot be cloned (a function, a signal) fail here, before the worker sees them.
      pending.delete(id);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

/** Writes the PDF of a notice's form, blank or filled with the values, in the worker. */
export async function generatePdf(request: GeneratePdfRequest, onProgress?: PdfProgress): Promise<GeneratedPdf> {
  const { noticeId, values, title, draft } = request;
  const response = await _call({ type: 'generate', noticeId, values, title, draft }, onProgress);
  if (response.type !== 'generated') throw new Error(`unexpected worker answer: ${response.type}`);
  return { bytes: response.bytes, fileName: response.fileName, missing: response.missing, timings: response.timings };
}

/** The characters of the values the font cannot draw, with their fields, to warn about before writing. */
export async function findMissingCharacters(noticeId: string, values: PdfValues): Promise<MissingCharacter[]> {
  const response = await _call({ type: 'missing', noticeId, values });
  if (response.type !== 'missing') throw new Error(`unexpected worker answer: ${response.type}`);
  return response.missing;
}
