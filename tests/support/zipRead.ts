// Reading a zip's central directory byte by byte (APPNOTE 4.3.12), to check what a reader relies on rather than
// what our zip library says: each entry's name bytes, its general purpose flags (bit 11: names in UTF-8), its
// method (0 stored, 8 deflated), its sizes; and the local header of each entry agreeing with the directory.

export interface ZipDirEntry {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localFlags: number;
}

/** Every entry of the zip's central directory, in order. */
export function zipDirectory(zip: Uint8Array): ZipDirEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: ZipDirEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`bad central header at ${at}`);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = zip.slice(at + 46, at + 46 + nameLength);
    out.push({
      name: new TextDecoder('utf-8', { fatal: true }).decode(nameBytes),
      nameBytes,
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localFlags: view.getUint16(local + 6, true),
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}
