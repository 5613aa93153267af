// Reads the colour a viewer shows at a point of a PDF page (poppler, in colour), to tell whether an image printed
// the right way up: 'red', 'blue' or 'other'.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

const DPI = 36;

/** The colour at (x, y) in PDF points (origin bottom-left) of page `page` (0-based) of an A4 portrait page. */
export function colourAt(pdf: Uint8Array, page: number, x: number, y: number, pageHeight = 841.89): 'red' | 'blue' | 'other' {
  const dir = mkdtempSync(join(tmpdir(), 'volume-colour-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(DPI), '-f', String(page + 1), '-l', String(page + 1), join(dir, 'in.pdf'), join(dir, 'p')]);
    const ppm = readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.ppm'))!));
    const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
    const width = Number(m[1]);
    const px = Math.round((x * DPI) / 72);
    const py = Math.round(((pageHeight - y) * DPI) / 72);
    const at = m[0].length + (py * width + px) * 3;
    const [r, g, b] = [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
    if (r > 180 && g < 90 && b < 90) return 'red';
    if (b > 150 && r < 90 && g < 90) return 'blue';
    return 'other';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An outline entry read back: title, depth, and the page (0-based) it opens. */
export interface ReadOutline {
  readonly title: string;
  readonly depth: number;
  readonly page: number;
}

/** The outline of `pdf`, in order, read with pdf-lib (titles decoded, destinations resolved to page indices). */
export async function readOutline(pdf: Uint8Array): Promise<ReadOutline[]> {
  const doc = await PDFDocument.load(pdf);
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const out: ReadOutline[] = [];
  const walk = (first: unknown, depth: number) => {
    for (let node = first instanceof PDFRef ? doc.context.lookup(first, PDFDict) : undefined; node; ) {
      const title = node.lookup(PDFName.of('Title'));
      const dest = node.lookup(PDFName.of('Dest'), PDFArray);
      const text = title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '';
      out.push({ title: text, depth, page: pageOf.get(dest.get(0).toString()) ?? -1 });
      walk(node.get(PDFName.of('First')), depth + 1);
      const next = node.get(PDFName.of('Next'));
      node = next instanceof PDFRef ? doc.context.lookup(next, PDFDict) : undefined;
    }
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  walk(root.get(PDFName.of('First')), 0);
  return out;
}
