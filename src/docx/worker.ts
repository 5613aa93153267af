// The DOCX worker: writes the 申报表 and table documents as .docx off the main thread (building the XML and
// zipping it blocks for several hundred milliseconds on the full form), loading the writers on the first request.
import type { DocxRequest, DocxResponse } from './protocol';

function post(message: DocxResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function _write(request: DocxRequest): Promise<Uint8Array> {
  if (request.type === 'table') return (await import('./tableDocument')).writeTableDocx(request.document);
  const [{ writeFormDocx }, { resolveNotice }] = await Promise.all([import('./writer'), import('../forms')]);
  const { form, notice } = resolveNotice(request.noticeId);
  return writeFormDocx({ form, notice, values: request.values });
}

self.onmessage = (event: MessageEvent<DocxRequest>) => {
  const request = event.data;
  _write(request)
    .then((bytes) => post({ id: request.id, type: 'written', bytes }, [bytes.buffer]))
    .catch((err: unknown) => post({ id: request.id, type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
