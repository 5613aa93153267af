// Reads every attached file before anything is laid out: each PDF loaded and its pages copied into the volume
// (not yet placed), each image embedded with its EXIF orientation. What cannot be read becomes a typed problem
// (problems.ts) naming the item and the file; the writer then stops with all of them, having written nothing.
import { EncryptedPDFError, PDFDocument, type PDFImage, type PDFPage } from 'pdf-lib';
import { jpegOrientation } from './exif';
import { volumeProblem, type VolumeProblem, type VolumeProblemKind } from './problems';
import type { VolumeFile, VolumeItem, VolumeSection } from './types';

/** One file ready to place: a PDF's copied pages, or an image and how to turn it upright. */
export type PreparedFile =
  | { readonly kind: 'pdf'; readonly file: VolumeFile; readonly pages: readonly PDFPage[] }
  | { readonly kind: 'image'; readonly file: VolumeFile; readonly image: PDFImage; readonly orientation: number };

export interface PreparedItem {
  readonly item: VolumeItem;
  readonly files: readonly PreparedFile[];
}

/** Told before each file is read: the item and the file's name. */
export type FileProgress = (done: number, total: number, item: VolumeItem, fileName: string) => void;

const starts = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
/** Hint: the header may follow some junk bytes (ISO 32000-1 tolerates it; readers look in the first 1024). */
const isPdf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
const isJpeg = (bytes: Uint8Array) => starts(bytes, [0xff, 0xd8, 0xff]);
const isPng = (bytes: Uint8Array) => starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

class Problem extends Error {
  constructor(readonly kind: VolumeProblemKind) {
    super(kind);
  }
}

/**
 * Whether the trailer names an /Encrypt dictionary. Hint: pdf-lib spots it only in a classic trailer; a file
 * encrypted with an xref stream (qpdf, Acrobat) fails to parse first, so the dictionary is looked for where
 * trailers are, in the first and last 64 KB (a linearized file has one at each end).
 */
function _saysEncrypted(bytes: Uint8Array): boolean {
  const latin1 = new TextDecoder('latin1');
  const ends = [bytes.subarray(0, 65536), bytes.subarray(Math.max(0, bytes.length - 65536))];
  return ends.some((part) => /\/Encrypt\s*\d+\s+\d+\s+R|\/Encrypt\s*<</.test(latin1.decode(part)));
}

async function _pdf(volume: PDFDocument, bytes: Uint8Array): Promise<readonly PDFPage[]> {
  let source: PDFDocument;
  let count: number;
  try {
    source = await PDFDocument.load(bytes, { updateMetadata: false });
    // Hint: pdf-lib recovers what it can from a damaged file; one without a page tree fails here, not in load.
    count = source.getPageCount();
  } catch (err) {
    throw new Problem(err instanceof EncryptedPDFError || _saysEncrypted(bytes) ? 'pdf-encrypted' : 'pdf-corrupt');
  }
  if (count === 0) throw new Problem('pdf-no-pages');
  try {
    return await volume.copyPages(source, source.getPageIndices());
  } catch {
    throw new Problem('pdf-corrupt');
  }
}

async function _image(volume: PDFDocument, bytes: Uint8Array): Promise<{ image: PDFImage; orientation: number }> {
  try {
    // Hint: the bytes decide, not the stored type: a photo saved as 「.png」 that is really a JPEG still prints.
    if (isJpeg(bytes)) return { image: await volume.embedJpg(bytes), orientation: jpegOrientation(bytes) };
    if (isPng(bytes)) return { image: await volume.embedPng(bytes), orientation: 1 };
  } catch {
    // falls through: the header was there but the image does not decode
  }
  throw new Problem('image-undecodable');
}

async function _file(volume: PDFDocument, file: VolumeFile, bytes: Uint8Array): Promise<PreparedFile> {
  if (bytes.length === 0) throw new Problem('empty-file');
  if (file.type === 'pdf' || isPdf(bytes)) {
    if (!isPdf(bytes)) throw new Problem('pdf-corrupt');
    return { kind: 'pdf', file, pages: await _pdf(volume, bytes) };
  }
  return { kind: 'image', file, ...(await _image(volume, bytes)) };
}

/**
 * Reads the files' bytes a few ahead of the one being processed. Hint: in the browser a Blob is read through the
 * browser process; reading the next files while pdf-lib parses the current one overlaps the two (reading was two
 * thirds of the time in the benchmark). A Blob that cannot be read (its stored copy gone) is a problem of its own.
 */
function readAhead(files: readonly VolumeFile[], ahead = 3): (i: number) => Promise<Uint8Array> {
  const reads = new Map<number, Promise<Uint8Array>>();
  const start = (i: number) => {
    const file = files[i];
    if (!file || reads.has(i)) return;
    const read = file.blob.arrayBuffer().then((b) => new Uint8Array(b), () => Promise.reject(new Problem('file-unreadable')));
    read.catch(() => {}); // Hint: awaited in turn below; never an unhandled rejection meanwhile.
    reads.set(i, read);
  };
  return (i) => {
    for (let j = i; j <= i + ahead; j++) start(j);
    const read = reads.get(i)!;
    reads.delete(i);
    return read;
  };
}

/** Every item with its files read into `volume`, and the problems of those that could not be read. */
export async function prepareItems(volume: PDFDocument, sections: readonly VolumeSection[], onFile?: FileProgress): Promise<{ items: PreparedItem[]; problems: VolumeProblem[] }> {
  const items: PreparedItem[] = [];
  const problems: VolumeProblem[] = [];
  const all = sections.flatMap((s) => s.items);
  const filesOf = (item: VolumeItem) => (item.status.kind === 'files' ? item.status.files : []);
  const total = all.flatMap(filesOf);
  const read = readAhead(total);
  let done = 0;
  for (const item of all) {
    const files: PreparedFile[] = [];
    for (const file of filesOf(item)) {
      onFile?.(done, total.length, item, file.name);
      try {
        files.push(await _file(volume, file, await read(done++)));
      } catch (err) {
        if (!(err instanceof Problem)) throw err;
        problems.push(volumeProblem(err.kind, item.number, item.title, file.name));
      }
    }
    items.push({ item, files });
  }
  return { items, problems };
}
