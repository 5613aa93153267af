// The PDF worker: writes PDFs and lists characters the font lacks, off the main thread so typing never
// stalls. pdf-lib, fontkit and the 3.9 MB font load on the first request only (dynamic import, and a fetch
// from our own origin: the font is emitted as a static asset under the site's base path), then stay cached.
import { resolveNotice } from '../forms';
import { namingOf, pdfFileName } from './fileName';
import { loadFont } from './font/loadFont';
import type { GlyphCoverage } from './font/missingGlyphs';
import type { PdfRequest, PdfResponse, PdfTiming } from './protocol';

let coverage: Promise<GlyphCoverage> | undefined;

/** When this script began to run, in ms since the worker was created: what starting the worker cost. */
const scriptStartedAt = performance.now();
let firstRequest = true;

/** What the font draws, from the font the writer also uses (parsed once, font/fontFacts.ts). */
function loadCoverage(): Promise<GlyphCoverage> {
  coverage ??= Promise.all([loadFont(), import('./font/fontFacts')]).then(([bytes, { fontFacts }]) => fontFacts(bytes).covers);
  coverage.catch(() => (coverage = undefined));
  return coverage;
}

function post(message: PdfResponse, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

/** Where a request's time went: each phase's end, in ms since the worker was created (for npm run bench:pdf). */
function _timings(): { readonly timings: PdfTiming[]; readonly mark: (phase: string) => void } {
  const timings: PdfTiming[] = firstRequest ? [{ phase: '启动', atMs: scriptStartedAt }] : [];
  firstRequest = false;
  timings.push({ phase: '收到请求', atMs: performance.now() });
  return { timings, mark: (phase) => timings.push({ phase, atMs: performance.now() }) };
}

async function generate(request: Extract<PdfRequest, { type: 'generate' }>): Promise<void> {
  const { timings, mark } = _timings();
  let phase = '载入字体';
  const progress = (fraction: number, stage: string) => {
    // Hint: a mark names the phase that ends; layout reports each section, timed as one phase.
    const next = stage.startsWith('排版') ? '排版' : stage;
    if (next !== phase) mark(phase === '载入字体' ? '嵌入字体' : phase), (phase = next);
    post({ id: request.id, type: 'progress', fraction, stage });
  };
  progress(0, '载入字体');
  const { notice, form } = resolveNotice(request.noticeId);
  mark('表格定义');
  const font = loadFont().then((b) => (mark('字体文件'), b));
  font.catch(() => {}); // Hint: awaited below; a failure then is this request's error, not an unhandled one.
  const { writeFormPdfDetailed, prepareWriting } = await import('./writer');
  mark('写入程序');
  // Hint: on a new worker the font is still downloading here; what writing needs besides it loads meanwhile.
  prepareWriting();
  const bytes = await font;
  const draft = request.draft === true;
  const written = await writeFormPdfDetailed({ form, notice, values: request.values, fontBytes: bytes, draft, onProgress: progress });
  const fileName = pdfFileName(namingOf(form, request.values, request.title, draft));
  const pdf = written.bytes;
  mark('文件名');
  post({ id: request.id, type: 'generated', bytes: pdf, fileName, missing: [...written.missing], timings }, [pdf.buffer]);
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
