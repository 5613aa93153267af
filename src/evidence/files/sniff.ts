// What a file is, by its first bytes rather than its name: a photo renamed 「.jpg」 from HEIC is still HEIC.
// Only PDF, JPEG and PNG can go into the bound volume; the others are named so the message can say what to do.

/** The kinds the volume takes. */
export type AttachableType = 'pdf' | 'jpeg' | 'png';

/** Every kind told apart: the attachable ones, and those the official is asked to convert first. */
export type SniffedType = AttachableType | 'heic' | 'tiff' | 'word' | 'office' | 'image' | 'unknown';

/** How many leading bytes `sniffType` needs. Hint: a PDF header may follow up to 1024 bytes of junk (ISO 32000-1 §7.5.2 note, as viewers accept). */
export const SNIFF_BYTES = 1032;

const _starts = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const _ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

function _pdf(b: Uint8Array): boolean {
  const head = _ascii(b, 0, Math.min(b.length, 1029));
  return head.includes('%PDF-');
}

/** HEIF family (ISO/IEC 23008-12): an `ftyp` box whose brand is one of HEIC's. */
function _heic(b: Uint8Array): boolean {
  return _ascii(b, 4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(_ascii(b, 8, 12));
}

/** Zip (docx, xlsx, wps) and OLE (doc, xls, et) containers, told apart by the name's ending only. */
function _office(b: Uint8Array, name: string): SniffedType | undefined {
  const zip = _starts(b, [0x50, 0x4b, 0x03, 0x04]);
  const ole = _starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (!zip && !ole) return undefined;
  return /\.(docx?|wps|rtf)$/i.test(name) ? 'word' : 'office';
}

/** The file's kind from its first bytes (`SNIFF_BYTES` of them); the name only tells Word from other Office files. */
export function sniffType(head: Uint8Array, name: string): SniffedType {
  if (_starts(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (_starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (_pdf(head)) return 'pdf';
  if (_heic(head)) return 'heic';
  if (_starts(head, [0x49, 0x49, 0x2a, 0x00]) || _starts(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  const office = _office(head, name);
  if (office) return office;
  if (_ascii(head, 0, 4) === 'GIF8' || _ascii(head, 0, 2) === 'BM' || (_ascii(head, 0, 4) === 'RIFF' && _ascii(head, 8, 12) === 'WEBP')) return 'image';
  if (/\.(rtf)$/i.test(name) || _ascii(head, 0, 5) === '{\\rtf') return 'word';
  return 'unknown';
}

export const isAttachable = (t: SniffedType): t is AttachableType => t === 'pdf' || t === 'jpeg' || t === 'png';
