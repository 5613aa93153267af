// The EXIF orientation of a JPEG (tag 0x0112 in the APP1 「Exif」 segment's first IFD), so a phone photo stored
// sideways prints upright. Hint: only this one tag is needed; a full EXIF library (exifr, last released 2021) would
// add tens of KB to the worker for it.

/** The orientation (1–8) a JPEG asks for; 1 when it has none or it cannot be read. */
export function jpegOrientation(bytes: Uint8Array): number {
  try {
    return _scan(bytes);
  } catch {
    // Hint: a damaged EXIF block must not lose the photo: it prints as stored.
    return 1;
  }
}

function _scan(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    const length = view.getUint16(at + 2);
    // Hint: EXIF sits before the image data; at the start of scan (SOS) or the end there is none.
    if (marker === 0xda || marker === 0xd9) return 1;
    if (marker === 0xe1 && _isExif(bytes, at + 4)) return _orientation(view, at + 10, Math.min(at + 2 + length, bytes.length));
    at += 2 + length;
  }
  return 1;
}

function _isExif(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0x45 && bytes[at + 1] === 0x78 && bytes[at + 2] === 0x69 && bytes[at + 3] === 0x66 && bytes[at + 4] === 0 && bytes[at + 5] === 0;
}

/** Reads the tag from the TIFF structure starting at `tiff`, never past `end`. */
function _orientation(view: DataView, tiff: number, end: number): number {
  if (tiff + 8 > end) return 1;
  const little = view.getUint16(tiff) === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) !== 0x0112) continue;
    const value = view.getUint16(entry + 8, little);
    return value >= 1 && value <= 8 ? value : 1;
  }
  return 1;
}

/**
 * The image-space → box mapping for an orientation: [a1, b1, c1, a2, b2, c2] with s = a1·u + b1·v + c1 and
 * t = a2·u + b2·v + c2, (u, v) the stored image's unit square and (s, t) the upright picture's (PDF axes, y up).
 */
const MAPS: Record<number, readonly number[]> = {
  1: [1, 0, 0, 0, 1, 0],
  2: [-1, 0, 1, 0, 1, 0],
  3: [-1, 0, 1, 0, -1, 1],
  4: [1, 0, 0, 0, -1, 1],
  5: [0, -1, 1, -1, 0, 1],
  6: [0, 1, 0, -1, 0, 1],
  7: [0, 1, 0, 1, 0, 0],
  8: [0, -1, 1, 1, 0, 0],
};

/** Whether the upright picture is the stored one turned a quarter (width and height swap). */
export const swapsSides = (orientation: number): boolean => orientation >= 5 && orientation <= 8;

/** The `cm` matrix drawing the stored image upright into the box at (x, y), `width` × `height`. */
export function uprightMatrix(orientation: number, x: number, y: number, width: number, height: number): [number, number, number, number, number, number] {
  const [a1, b1, c1, a2, b2, c2] = MAPS[orientation] ?? MAPS[1]!;
  return [width * a1!, height * a2!, width * b1!, height * b2!, x + width * c1!, y + height * c2!];
}
