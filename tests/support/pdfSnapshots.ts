// Snapshot tests of the PDF's pages: each page rendered by poppler at a low resolution and compared with
// the committed PNG in tests/fixtures/pdf/ within a small tolerance, so a layout change shows as a failure.
// Regenerate the references with UPDATE_PDF_SNAPSHOTS=1 npx vitest run tests/unit/pdf (then look at them).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeGrayPng, diffImages, encodeGrayPng } from './grayPng';
import { renderPdf } from './pdfRender';

export const SNAPSHOT_DIR = fileURLToPath(new URL('../fixtures/pdf/', import.meta.url));
const FAILURE_DIR = fileURLToPath(new URL('../../test-results/pdf-snapshots/', import.meta.url));
export const SNAPSHOT_DPI = 40;

/** A pixel counts as changed when it moved more than this many grey levels. */
const THRESHOLD = 64;
/** Share of a page's pixels allowed to change: anti-aliasing differences, not a moved row or a new line. */
export const TOLERANCE = 0.002;

export const updating = () => process.env['UPDATE_PDF_SNAPSHOTS'] === '1';

export interface PageDiff {
  readonly page: number;
  readonly share: number;
}

/** Compares each page with its reference (or writes the references when updating); returns the pages over tolerance. */
export function comparePages(name: string, pdf: Uint8Array): { pages: number; references: number; over: PageDiff[] } {
  const { pages } = renderPdf(pdf, 'poppler', SNAPSHOT_DPI);
  const file = (i: number) => join(SNAPSHOT_DIR, `${name}-p${String(i + 1).padStart(2, '0')}.png`);
  const existing = readdirSync(SNAPSHOT_DIR).filter((f) => f.startsWith(`${name}-p`));
  if (updating()) {
    existing.forEach((f) => rmSync(join(SNAPSHOT_DIR, f)));
    pages.forEach((page, i) => writeFileSync(file(i), encodeGrayPng(page)));
    return { pages: pages.length, references: pages.length, over: [] };
  }
  const over: PageDiff[] = [];
  pages.forEach((page, i) => {
    if (!existsSync(file(i))) return;
    const { differing, diff } = diffImages(page, decodeGrayPng(readFileSync(file(i))), THRESHOLD);
    const share = differing / (page.width * page.height);
    if (share <= TOLERANCE) return;
    over.push({ page: i + 1, share });
    mkdirSync(FAILURE_DIR, { recursive: true });
    writeFileSync(join(FAILURE_DIR, `${name}-p${i + 1}-actual.png`), encodeGrayPng(page));
    writeFileSync(join(FAILURE_DIR, `${name}-p${i + 1}-diff.png`), encodeGrayPng(diff));
  });
  return { pages: pages.length, references: existing.length, over };
}
