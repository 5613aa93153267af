// Attachments for the 佐证材料汇编 tests: PDFs written with pdf-lib (N pages, each saying which file and page it
// is), the tiny JPEG and PNG fixtures (tests/fixtures/volume), a JPEG given an EXIF orientation, and bad files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFHexString, PDFName, beginText, degrees, endText, moveText, setFontAndSize, showText } from 'pdf-lib';
import type { VolumeFile } from '../../src/evidence/volume/types';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/volume/${name}`, import.meta.url)));

/** A 60×40 JPEG: left half red, right half blue (upright under orientation 6: red on top). */
export const leftRedJpeg = () => fixture('left-red.jpg');
/** An 80×40 PNG: top half red, bottom half blue. */
export const landscapePng = () => fixture('landscape-top-red.png');

/** `jpeg` with an APP1 Exif segment holding only the orientation tag, right after SOI. */
export function withOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, ...body];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

/** ASCII text as a hex string of its bytes (WinAnsiEncoding). */
const _ascii = (text: string) => PDFHexString.of(Array.from(text, (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(''));

/**
 * A PDF of `pages` pages, each saying 「{tag} p{n}」 in Helvetica (tags are ASCII), as other software writes them.
 * Hint: the font is referenced, not embedded, with the operators written directly: the site's pdf-lib carries none
 * of the 14 standard fonts' metrics (src/pdf/vendor/noStandardFonts.ts).
 */
export async function samplePdf(tag: string, pages: number, size: [number, number] = [595.28, 841.89], rotate = 0): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const helvetica = doc.context.register(doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  for (let n = 1; n <= pages; n++) {
    const page = doc.addPage(size);
    if (rotate) page.setRotation(degrees(rotate));
    page.node.setFontDictionary(PDFName.of('F1'), helvetica);
    page.pushOperators(beginText(), setFontAndSize('F1', 18), moveText(72, size[1] - 100), showText(_ascii(`${tag} p${n}`)), endText());
  }
  return doc.save();
}

/** `pdf` encrypted by qpdf (AES-256, user password 「u」). */
export function encryptedPdf(pdf: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'volume-enc-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--encrypt', 'u', 'o', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const file = (name: string, type: VolumeFile['type'], bytes: Uint8Array): VolumeFile => ({ name, type, blob: new Blob([bytes as BlobPart]) });
