// Why a file was not attached, as a kind the page acts on and a Chinese message naming the file and what to do.
// And the two questions asked before a file is taken: a very large file, a PDF of very many pages.
import { formatBytes } from '../../storage';

/**
 * - `empty`: 0 bytes; `heic` `tiff` `word` `office` `image` `unknown`: not PDF/JPEG/PNG by its first bytes;
 * - `pdf-corrupt`: the PDF cannot be read; `pdf-encrypted`: it has a password or is encrypted;
 * - `duplicate`: the same file (same SHA-256) is already attached to this item;
 * - `declined`: the official answered 「否」 to a question below;
 * - `quota`: storage is full — this file did not fit, the others stay; `storage`: another storage failure;
 * - `unreadable`: the browser could not read the file from disk (moved, deleted, locked).
 */
export type AttachProblemKind =
  | 'empty'
  | 'heic'
  | 'tiff'
  | 'word'
  | 'office'
  | 'image'
  | 'unknown'
  | 'pdf-corrupt'
  | 'pdf-encrypted'
  | 'duplicate'
  | 'declined'
  | 'quota'
  | 'storage'
  | 'unreadable';

export interface AttachProblem {
  readonly kind: AttachProblemKind;
  /** The file's name as picked. */
  readonly file: string;
  readonly message: string;
}

const TAKES = '本工具只收 PDF、JPG、PNG 三种格式';
const texts: Record<AttachProblemKind, (name: string) => string> = {
  empty: (n) => `「${n}」是空文件（0 字节），没有内容可以附上。请检查原文件（可能没有下载或复制完整）后重新选择。`,
  heic: (n) => `「${n}」是苹果设备拍摄的 HEIC 照片，${TAKES}。请在手机或电脑上把它导出（另存为）JPG 后再添加。`,
  tiff: (n) => `「${n}」是 TIFF 图片，${TAKES}。请用扫描软件或画图把它另存为 JPG 或 PNG，或打印为 PDF 后再添加。`,
  word: (n) => `「${n}」是 Word/WPS 文档，${TAKES}。请在 Word 或 WPS 中「另存为」PDF（或「输出为 PDF」）后再添加。`,
  office: (n) => `「${n}」是 Excel、PPT 或压缩包等文件，${TAKES}。请在原程序中「另存为」PDF 后再添加；压缩包请先解压。`,
  image: (n) => `「${n}」是 GIF、BMP 或 WebP 图片，${TAKES}。请用画图等软件把它另存为 JPG 或 PNG 后再添加。`,
  unknown: (n) => `「${n}」不是 PDF、JPG 或 PNG 文件（按文件内容判断），无法附上。请把它另存为 PDF 或 JPG 后再添加。`,
  'pdf-corrupt': (n) => `「${n}」这个 PDF 文件已损坏或不完整，无法读取。请用 PDF 阅读器打开检查，重新下载或重新扫描后再添加。`,
  'pdf-encrypted': (n) =>
    `「${n}」这个 PDF 设有密码或加密保护，无法装订进佐证材料汇编。请用 PDF 阅读器输入密码打开，「打印」为新的 PDF（或请提供单位去掉密码）后再添加。`,
  duplicate: (n) => `「${n}」与本项已附的一个文件内容完全相同，没有重复添加。`,
  declined: (n) => `「${n}」没有添加（您选择了不添加）。`,
  quota: (n) => `本机存储空间已满，「${n}」没有保存；其他已附的文件都还在。请清理磁盘空间或删除不需要的附件后，再添加这个文件。`,
  storage: (n) => `「${n}」保存时出错，没有附上；其他已附的文件都还在。请刷新页面后重试。`,
  unreadable: (n) => `浏览器读不到「${n}」（文件可能已被移动、删除或正被其他程序占用）。请确认文件还在，再重新选择。`,
};

export function attachProblem(kind: AttachProblemKind, file: string): AttachProblem {
  return { kind, file, message: texts[kind](file) };
}

/** A file over this size is taken only after the official says so. */
export const LARGE_FILE_BYTES = 20 * 1024 * 1024;
/** A PDF of more pages than this is taken only after the official says so. */
export const MANY_PAGES = 1000;

/** A question to answer before a file is taken: 「是」 takes it, 「否」 leaves it out (`declined`). */
export type AttachQuestion = { readonly kind: 'large'; readonly file: string; readonly size: number } | { readonly kind: 'many-pages'; readonly file: string; readonly pages: number };

export function questionText(q: AttachQuestion): string {
  return q.kind === 'large'
    ? `「${q.file}」有 ${formatBytes(q.size)}，超过 20 MB。文件越大，本机存储越快用完，装订的汇编也越大（照片可先压缩或缩小）。仍要添加吗？`
    : `「${q.file}」有 ${q.pages} 页，超过 ${MANY_PAGES} 页。装订后汇编会很厚，请确认只需附上这些页。仍要添加吗？`;
}
