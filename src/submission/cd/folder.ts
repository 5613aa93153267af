// The 电子版光盘 folder in one call: every part's files, the 目录 listing them, zipped under the folder's name.
import { safeName } from '../fileNames';
import { catalogEntry } from './catalog';
import { cdParts, produceEntries, type CdSource, type CdWriters } from './contents';
import type { CdPart } from './types';
import { zipFolder } from './zip';

export interface CdFolder {
  readonly zip: Uint8Array;
  /** 「{集群名称}-申报材料电子版.zip」. */
  readonly fileName: string;
  /** The entries' paths inside the folder, 目录 first. */
  readonly paths: readonly string[];
}

/** The folder's zip. `onPart` reports each part as it is written (for a progress line). */
export async function writeCdFolder(src: CdSource, writers: CdWriters, onPart?: (part: CdPart, index: number, count: number) => void, date = new Date()): Promise<CdFolder> {
  const name = safeName(src.name || '未命名集群', 40);
  const parts = cdParts({ ...src, name }, writers);
  const entries = await produceEntries(parts, (p, i) => onPart?.(p, i, parts.length));
  const all = [catalogEntry(name, src.ctx.notice, entries, date), ...entries];
  const folder = `${name}-申报材料电子版`;
  return { zip: zipFolder(folder, all, date), fileName: `${folder}.zip`, paths: all.map((e) => e.path) };
}
