// The files a picker or a drop hands over, in a sensible order: a picked folder's files by their path, without the
// system's own files (Thumbs.db, desktop.ini, .DS_Store), which no one means to attach.

const SYSTEM = /^(\.|thumbs\.db$|desktop\.ini$|~\$)/i;

const _path = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

export function pickedFiles(list: FileList | readonly File[] | null | undefined): File[] {
  const files = Array.from(list ?? []).filter((f) => !SYSTEM.test(f.name));
  return files.sort((a, b) => _path(a).localeCompare(_path(b), 'zh-CN', { numeric: true }));
}

type Entry = { isFile: boolean; isDirectory: boolean; file?: (ok: (f: File) => void, err: (e: unknown) => void) => void; createReader?: () => { readEntries: (ok: (e: Entry[]) => void, err: (e: unknown) => void) => void } };

async function _entryFiles(entry: Entry): Promise<File[]> {
  if (entry.isFile && entry.file) return [await new Promise<File>((ok, err) => entry.file!(ok, err))];
  if (!entry.isDirectory || !entry.createReader) return [];
  const reader = entry.createReader();
  const all: Entry[] = [];
  // Hint: readEntries hands out a directory's entries in batches (100 in Chromium) until it returns none.
  for (let batch = await _batch(reader); batch.length; batch = await _batch(reader)) all.push(...batch);
  return (await Promise.all(all.map(_entryFiles))).flat();
}

const _batch = (reader: ReturnType<NonNullable<Entry['createReader']>>) => new Promise<Entry[]>((ok, err) => reader.readEntries(ok, err));

/** The files dropped, a dropped folder's files included (webkitGetAsEntry, where the browser has it). */
export async function droppedFiles(data: DataTransfer | null): Promise<File[]> {
  if (!data) return [];
  const items = Array.from(data.items ?? []).filter((i) => i.kind === 'file');
  const entries = items.map((i) => (i as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() ?? null);
  if (!entries.length || entries.some((e) => !e)) return pickedFiles(data.files);
  return pickedFiles((await Promise.all(entries.map((e) => _entryFiles(e!)))).flat());
}
