// The folder as one .zip (fflate): every entry under the folder's name, already-compressed files stored, text
// deflated. Chinese names are written in UTF-8 with the zip's language-encoding flag (general purpose bit 11,
// APPNOTE 4.4.4), which fflate sets for every non-ASCII name, so Windows Explorer, 7-Zip, WinRAR and 360压缩 show them.
import { zipSync, type ZipOptions } from 'fflate';
import type { CdEntry } from './types';

/** The zip of `entries` inside the folder `folder`, each dated `date`. */
export function zipFolder(folder: string, entries: readonly CdEntry[], date: Date = new Date()): Uint8Array {
  const files: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const e of entries) {
    const path = `${folder}/${e.path}`;
    if (path in files) throw new Error(`光盘文件夹中有两个同名文件：${e.path}`);
    files[path] = [e.bytes, { level: e.stored ? 0 : 6, mtime: date }];
  }
  return zipSync(files);
}
