// The page's side of the inspect worker (inspectWorker.ts), started on first use under the page's policy.
import { workerClient } from '../../workers/workerClient';
import type { InspectRequest, Inspection, InspectResponse } from './inspect';
import workerUrl from './inspectWorker.ts?worker&url';

const call = workerClient<InspectRequest, InspectResponse>(workerUrl, '文件检查程序');

/** The file's SHA-256 and, for a PDF, its pages or why it cannot be used; in the worker. */
export async function inspectInWorker(blob: Blob, pdf: boolean): Promise<Inspection> {
  const r = await call({ blob, pdf });
  return r.pdf ? { sha256: r.sha256, pdf: r.pdf } : { sha256: r.sha256 };
}
