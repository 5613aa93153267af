// The volume worker: writes the 佐证材料汇编 off the main thread, reading the attached files' blobs here (a Blob
// posted to a worker is a handle, not a copy), with progress per file and per item. pdf-lib and the font load on
// the first request (the font is the PDF workers' one asset, src/pdf/font/loadFont.ts).
import { loadFont } from '../../pdf/font/loadFont';
import { volumeFileName } from './naming';
import { VolumeError } from './problems';
import type { VolumeWorkerRequest, VolumeWorkerResponse } from './protocol';

function post(message: VolumeWorkerResponse): void {
  self.postMessage(message);
}

async function write({ id, request }: Extract<VolumeWorkerRequest, { type: 'write' }>): Promise<void> {
  const progress = (fraction: number, stage: string) => post({ id, type: 'progress', fraction, stage });
  progress(0, '载入字体');
  const [fontBytes, { writeVolumePdf }] = await Promise.all([loadFont(), import('./writer')]);
  const written = await writeVolumePdf({ request, fontBytes, onProgress: progress });
  // Hint: a Blob made here is handed to the page by reference; made on the page from the bytes, a 150 MB volume
  // blocked it for about a second (bench/results/evidence.json).
  const blob = new Blob([written.bytes as BlobPart], { type: 'application/pdf' });
  post({ id, type: 'written', blob, fileName: volumeFileName(request.clusterName), missing: [...written.missing] });
}

/** Hint: the font is parsed once per worker (fontkitAdapter keeps it per bytes object), so warming parses it too. */
async function warm(id: number): Promise<void> {
  const [fontBytes, { openFont }] = await Promise.all([loadFont(), import('../../pdf/font/fontkitAdapter'), import('./writer')]);
  openFont(fontBytes);
  post({ id, type: 'warm' });
}

self.onmessage = (event: MessageEvent<VolumeWorkerRequest>) => {
  const { id } = event.data;
  const work = event.data.type === 'warm' ? warm(id) : write(event.data);
  work.catch((err: unknown) => {
    if (err instanceof VolumeError) return post({ id, type: 'bad-files', problems: [...err.problems] });
    post({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  });
};
