// County draft files read for the city's table only: each file through the same reading and restore as an import
// (src/storage/file.ts), but nothing is stored — the official's own drafts list is left as it is.
import { parseImportFile } from '../../storage';
import type { TableEntry } from './entries';

export interface ReadFiles {
  readonly entries: readonly TableEntry[];
  /** What could not be read, file by file, in Chinese. */
  readonly problems: readonly string[];
}

/** Every importable draft of every file, in the order chosen. */
export async function readCountyFiles(files: readonly File[]): Promise<ReadFiles> {
  const entries: TableEntry[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const parsed = await parseImportFile(file);
    if (!parsed.ok) {
      problems.push(`无法读取“${file.name}”：${parsed.error}`);
      continue;
    }
    for (const item of parsed.items) {
      if (!item.ok) problems.push(`“${file.name}”${item.error}`);
      else if (item.readOnly) problems.push(`“${file.name}”第 ${item.index + 1} 份草稿由更新版本的本应用导出，请先刷新或更新本页面。`);
      else entries.push({ origin: file.name, draft: item.draft });
    }
  }
  return { entries, problems };
}
