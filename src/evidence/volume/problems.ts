// What can be wrong with an attached file when the volume is written, as typed problems (matched on `kind`, never
// on text), each with a Chinese message naming the item and the file. Hint: the writer checks every file before it
// lays anything out and fails the whole volume with all of them listed, so nothing is written half-way and the
// official fixes every bad file in one pass (docs/evidence.md).

export type VolumeProblemKind = 'file-unreadable' | 'empty-file' | 'pdf-corrupt' | 'pdf-encrypted' | 'pdf-no-pages' | 'image-undecodable';

export interface VolumeProblem {
  readonly kind: VolumeProblemKind;
  /** The item's number (附件N) and title. */
  readonly itemNumber: number;
  readonly itemTitle: string;
  readonly fileName: string;
  /** 「附件3（园区认定文件）的“认定.pdf”已损坏，无法读取。请重新导出或扫描后再附上。」 */
  readonly message: string;
}

const WHAT: Record<VolumeProblemKind, string> = {
  'file-unreadable': '无法读取（本机保存的副本可能已被浏览器清除）。请重新附上原文件。',
  'empty-file': '是空文件（0 字节），可能复制或下载未完成。请重新附上原文件。',
  'pdf-corrupt': '已损坏，无法作为 PDF 读取。请用原软件重新导出或重新扫描后再附上。',
  'pdf-encrypted': '设有密码或加密保护，无法装订。请用原软件另存为（或打印为）未加密的 PDF 后再附上。',
  'pdf-no-pages': '中没有任何页面。请重新导出后再附上。',
  'image-undecodable': '无法作为图片读取（文件已损坏或不是 JPG/PNG 格式）。请重新拍摄或另存为 JPG 后再附上。',
};

/** The problem `kind` of `fileName` under item `itemNumber`, with its message. */
export function volumeProblem(kind: VolumeProblemKind, itemNumber: number, itemTitle: string, fileName: string): VolumeProblem {
  const message = `附件${itemNumber}（${itemTitle}）的“${fileName}”${WHAT[kind]}`;
  return { kind, itemNumber, itemTitle, fileName, message };
}

/** The volume was not written: every bad file is listed; nothing else was touched. */
export class VolumeError extends Error {
  readonly problems: readonly VolumeProblem[];
  constructor(problems: readonly VolumeProblem[]) {
    super(`有 ${problems.length} 个文件无法装订，未生成汇编：\n${problems.map((p) => p.message).join('\n')}`);
    this.name = 'VolumeError';
    this.problems = problems;
  }
}
