// Greyscale PNG files for the PDF snapshot tests: encode a rendered page, decode a committed reference,
// and compare two images within a tolerance. 8-bit greyscale, not interlaced: what encodeGrayPng writes.
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import type { GrayImage } from './pdfRender';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function _chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** A greyscale image as PNG bytes (each row with filter 1, "sub", which suits rendered text). */
export function encodeGrayPng(image: GrayImage): Buffer {
  const { width, height, pixels } = image;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit, greyscale, deflate, no filter method extras, not interlaced
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 1;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      raw[y * (width + 1) + 1 + x] = (pixels[i]! - (x > 0 ? pixels[i - 1]! : 0)) & 0xff;
    }
  }
  return Buffer.concat([SIGNATURE, _chunk('IHDR', ihdr), _chunk('IDAT', deflateSync(raw, { level: 9 })), _chunk('IEND', Buffer.alloc(0))]);
}

function _paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes an 8-bit greyscale, non-interlaced PNG (any row filter). */
export function decodeGrayPng(bytes: Uint8Array): GrayImage {
  const buf = Buffer.from(bytes);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      if (data[8] !== 8 || data[9] !== 0 || data[12] !== 0) throw new Error('only 8-bit greyscale, non-interlaced PNGs are read here');
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (width + 1)]!;
    for (let x = 0; x < width; x++) {
      const v = raw[y * (width + 1) + 1 + x]!;
      const a = x > 0 ? pixels[y * width + x - 1]! : 0;
      const b = y > 0 ? pixels[(y - 1) * width + x]! : 0;
      const c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, _paeth(a, b, c)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      pixels[y * width + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, pixels };
}

/** Pixels that differ by more than `threshold` grey levels, and an image marking them (black on white). */
export function diffImages(a: GrayImage, b: GrayImage, threshold: number): { differing: number; diff: GrayImage } {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`size differs: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  const diff = new Uint8Array(a.pixels.length).fill(255);
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    if (Math.abs(a.pixels[i]! - b.pixels[i]!) > threshold) {
      differing++;
      diff[i] = 0;
    }
  }
  return { differing, diff: { width: a.width, height: a.height, pixels: diff } };
}
