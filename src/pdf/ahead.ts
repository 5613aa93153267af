// The PDF written ahead of the click: 核对信息 has the worker write the draft's PDF while the user reads the page,
// and 「下载 PDF」 / 「预览 PDF」 hand that file over at once if nothing it was written from has changed since (the
// values, the title, whether it is a draft). Anything changed, or the early one failed: written afresh, as before.
import { findMissingCharacters, generatePdf, type GeneratedPdf, type GeneratePdfRequest, type MissingCharacter, type PdfProgress } from './client';

interface Ahead {
  readonly key: string;
  readonly pdf: Promise<GeneratedPdf>;
  /** The progress of the writing, for a click that comes while it is still under way. */
  onProgress?: PdfProgress;
}

let ahead: Ahead | undefined;

/** Everything the file is written from, as one string: the same key, the same bytes (but the creation date). */
function _key({ noticeId, values, title, draft }: GeneratePdfRequest): string {
  return JSON.stringify([noticeId, values, title ?? null, draft === true]);
}

function _matching(request: GeneratePdfRequest): Ahead | undefined {
  return ahead && ahead.key === _key(request) ? ahead : undefined;
}

/**
 * Writes `request`'s PDF in the worker now, to hand over on the click; a later call with another request replaces it.
 * Also starts and warms the worker. Marks `pdf-warm` (Performance API) once written.
 */
export function prepare(request: GeneratePdfRequest): void {
  const key = _key(request);
  if (ahead?.key === key) return;
  const next: Ahead = { key, pdf: generatePdf(request, (fraction, stage) => next.onProgress?.(fraction, stage)) };
  ahead = next;
  next.pdf.then(
    () => void performance.mark('pdf-warm'),
    () => void (ahead === next && (ahead = undefined)),
  );
}

/** The PDF for `request`: the one written ahead when it was written from the same, else written now. */
export async function writePdf(request: GeneratePdfRequest, onProgress?: PdfProgress): Promise<GeneratedPdf> {
  const early = _matching(request);
  if (early) {
    early.onProgress = onProgress;
    try {
      return await early.pdf;
    } catch {
      // Hint: the early writing failed (a worker that could not start, say); this one reports its own error.
    }
  }
  return generatePdf(request, onProgress);
}

/** The characters the font cannot draw: known already when the PDF was written ahead from the same values. */
export async function missingCharacters(request: GeneratePdfRequest): Promise<MissingCharacter[]> {
  const early = _matching(request);
  if (early) {
    try {
      return (await early.pdf).missing;
    } catch {
      // Hint: asked of the worker below, as without an early PDF.
    }
  }
  return findMissingCharacters(request.noticeId, request.values);
}
