// The table-document PDF worker: writes table documents off the main thread, like the form's worker (../worker.ts),
// fetching the same font (one asset, one cache) on the first request.
import { loadFont } from '../font/loadFont';
import type { TablePdfRequest, TablePdfResponse } from './protocol';

function post(message: TablePdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.onmessage = (event: MessageEvent<TablePdfRequest>) => {
  const { id, document } = event.data;
  Promise.all([loadFont(), import('./writer')])
    .then(([bytes, { writeTablePdf }]) => writeTablePdf({ document, fontBytes: bytes }))
    .then((written) => post({ id, type: 'written', bytes: written.bytes, missing: [...written.missing] }, [written.bytes.buffer]))
    .catch((err: unknown) => post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
