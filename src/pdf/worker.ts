// The PDF worker: writes PDFs and lists characters the font lacks, off the main thread so typing never
// stalls. pdf-lib, fontkit and the 3.9 MB font load on the first request only (dynamic import, and a fetch
// from our own origin: the font is emitted as a static asset under the site's base path), then stay cached.
import { resolveNotice } from '../forms';
import { namingOf, pdfFileName } from './fileName';
import { loadFont } from './font/loadFont';
import type { GlyphCoverage } from './font/missingGlyphs';
import type { PdfRequest, PdfResponse } from './protocol';

let coverage: Promise<GlyphCoverage> | undefined;

/** What the font draws, from the font the writer also uses (parsed once, font/fontFacts.ts). */
function loadCoverage(): Promise<GlyphCoverage> {
  coverage ??= Promise.all([loadFont(), import('./font/fontFacts')]).then(([bytes, { fontFacts }]) => fontFacts(bytes).covers);
  coverage.catch(() => (coverage = undefined));
  return coverage;
}

function post(message: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function generate(request: Extract<PdfRequest, { type: 'generate' }>): Promise<void> {
  const progress = (fraction: number, stage: string) => post({ id: request.id, type: 'progress', fraction, stage });
  progress(0, '载入字体');
  const { notice, form } = resolveNotice(request.noticeId);
  const [bytes, { writeFormPdfDetailed }] = await Promise.all([loadFont(), import('./writer')]);
  const draft = request.draft === true;
  const written = await writeFormPdfDetailed({ form, notice, values: request.values, fontBytes: bytes, draft, onProgress: progress });
  const fileName = pdfFileName(namingOf(form, request.values, request.title, draft));
  const pdf = written.bytes;
  post({ id: request.id, type: 'generated', bytes: pdf, fileName, missing: [...written.missing] }, [pdf.buffer]);
}

async function missing(request: Extract<PdfRequest, { type: 'missing' }>): Promise<void> {
  const { form } = resolveNotice(request.noticeId);
  const [font, { findMissing }] = await Promise.all([loadCoverage(), import('./missing')]);
  post({ id: request.id, type: 'missing', missing: findMissing(form, request.values, font) });
}

self.onmessage = (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  const work = request.type === 'generate' ? generate(request) : missing(request);
  work.catch((err: unknown) => post({ id: request.id, type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
