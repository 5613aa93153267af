// Refusing a hostile workbook before parsing it: a file too large, or a zip whose parts unpack to far more than any
// 表1 (a zip bomb). Reads only the zip's central directory, which lists each part's unpacked size; nothing is inflated.
// Hint: fflate, which read-excel-file unzips with, inflates each part into a buffer of the size the directory
// declares (`unzipSync`/`unzip` pass `out: new Uint8Array(originalSize)`), so a part lying about its size yields
// truncated XML (a read error), never more memory than checked here.
import { unzipSync } from 'fflate';
import type { FileProblem } from '../problems';

/** Hint: a 表1 workbook of a thousand enterprises is under 200 KB; 10 MB leaves room for stamps scanned into it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** What the parts read-excel-file parses (XML) may unpack to, together. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;
export const MAX_PARTS = 5_000;

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(size: number): FileProblem {
  return { kind: 'tooLarge', severity: 'error', detail: `文件有 ${MB(size)}，超过 ${MB(MAX_FILE_BYTES)} 的上限；企业发展情况表通常不到 1 MB，请删去图片等无关内容后再导入` };
}

/** A problem that refuses the zip, or undefined where its declared sizes are safe to unpack. */
export function checkZip(bytes: Uint8Array): FileProblem | undefined {
  let parts = 0;
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        parts++;
        if (/\.xml(\.rels)?$/i.test(f.name)) unpacked += f.originalSize;
        return false;
      },
    });
  } catch {
    return { kind: 'unreadable', severity: 'error', detail: '文件已损坏或不是完整的 Excel 文件（.xlsx），无法读取' };
  }
  if (parts > MAX_PARTS || unpacked > MAX_UNPACKED_BYTES) {
    return { kind: 'unpackedTooLarge', severity: 'error', detail: `文件解压后超过 ${MB(MAX_UNPACKED_BYTES)}（或有 ${parts} 个部件），不像是企业发展情况表，为安全起见未读取` };
  }
  return undefined;
}
