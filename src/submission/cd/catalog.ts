// The folder's 目录: a plain-text list of every file with what it is and its size, written in UTF-8 with a BOM
// and Windows line ends so 记事本 on any Windows opens it correctly.
import type { Notice } from '../../forms/notices';
import type { CdEntry } from './types';

export const CATALOG_NAME = '00-目录.txt';

/** 「1.2 MB」「34 KB」. */
const _size = (bytes: number): string => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);
const _pad = (n: number) => String(n).padStart(2, '0');
const _when = (d: Date) => `${d.getFullYear()}-${_pad(d.getMonth() + 1)}-${_pad(d.getDate())} ${_pad(d.getHours())}:${_pad(d.getMinutes())}`;

/** The 目录's lines: a heading, the notice, when, then each file. */
export function catalogLines(name: string, notice: Notice, entries: readonly CdEntry[], date: Date): string[] {
  return [
    `${name} 申报材料电子版 目录`,
    `申报通知：${notice.title}（${notice.documentNumber}）`,
    `生成时间：${_when(date)}（集群申报助手，所有文件均在本机生成）`,
    '',
    ...entries.map((e, i) => `${i + 1}. ${e.path}\r\n   ${e.title}，${_size(e.bytes.length)}`),
    '',
    `共 ${entries.length} 个文件（不含本目录）。`,
  ];
}

/** The 目录 as an entry of the folder. */
export function catalogEntry(name: string, notice: Notice, entries: readonly CdEntry[], date: Date): CdEntry {
  const text = '\uFEFF' + catalogLines(name, notice, entries, date).join('\r\n') + '\r\n';
  return { path: CATALOG_NAME, title: '目录（本文件）', bytes: new TextEncoder().encode(text) };
}
