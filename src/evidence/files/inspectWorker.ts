// The inspect worker: hashes a file and reads a PDF's pages off the main thread, so a 200 MB scan or a PDF of
// thousands of pages never freezes the page. Started through startPolicyWorker (inspectClient.ts).
import { inspectFile, type InspectRequest, type InspectResponse } from './inspect';

const post = (message: InspectResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<InspectRequest>) => {
  const { id, blob, pdf } = event.data;
  inspectFile(blob, pdf)
    .then((r) => post({ id, type: 'done', ...r }))
    .catch((err: unknown) => post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
