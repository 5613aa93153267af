// Draft files: one or many drafts exported as a documented, versioned JSON file (docs/draft-format.md), and such
// a file read back with a clear Chinese message for every bad input. Storing the result is the UI's choice per
// draft (store.importDraft); nothing here changes what is stored.
// Hint: strings are kept exactly as written, HTML and script included; the UI renders them as text, never as markup.
import type { AnyDraft } from '../forms/registry';
import type { UnreadableDraft } from './exporting';
import { localDate, localDateTime } from './format';
import { isRecord } from './plain';
import { encodingNote } from './text-encoding';
import type { TextEncodingName } from './text-encoding';
import { newDraftId, restoreDraft } from './restore';
import type { DraftSummary } from './summary';
import { clusterNameOf, draftName } from './summary';
import { readDraftList } from './file-read';
import { FILE_FORMAT, FILE_FORMAT_VERSION } from './file-schema';

export { FILE_FORMAT, FILE_FORMAT_VERSION };
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILE_DRAFTS = 1000;

/** The file as this version writes it (docs/draft.schema.json). */
export interface DraftFile {
  readonly format: typeof FILE_FORMAT;
  readonly formatVersion: typeof FILE_FORMAT_VERSION;
  readonly exportedAt: string;
  readonly drafts: readonly AnyDraft[];
  /** Drafts the app could not read, exactly as stored (written only when there are some). */
  readonly unreadable?: readonly UnreadableDraft[];
}

/** The file's text, a Blob to download and the file name to offer. */
export interface ExportedFile {
  readonly text: string;
  readonly blob: Blob;
  readonly fileName: string;
  readonly exportedAt: string;
}

/**
 * Write drafts (with their titles, as loaded) and any unreadable ones (as stored) to a file; afterwards call
 * store.markExported(ids, date) for the readable ones.
 */
export function exportDraftsFile(drafts: readonly AnyDraft[], now: Date = new Date(), unreadable: readonly UnreadableDraft[] = []): ExportedFile {
  const file: DraftFile = { format: FILE_FORMAT, formatVersion: FILE_FORMAT_VERSION, exportedAt: now.toISOString(), drafts, ...(unreadable.length ? { unreadable } : {}) };
  const text = JSON.stringify(file, null, 2) + '\n';
  const first = drafts[0];
  const count = drafts.length + unreadable.length;
  const only = count === 1 ? (first ? draftName(first, clusterNameOf(first)) : (unreadable[0]?.title ?? '无法读取的草稿')) : undefined;
  const base = only !== undefined ? `${_fileSafe(only)}-草稿` : `集群申报草稿-${count}份`;
  return { text, blob: new Blob([text], { type: 'application/json' }), fileName: `${base}-${localDate(now)}.json`, exportedAt: file.exportedAt };
}

/** Characters no file system accepts, control characters, and leading dots go; the name stays readable. */
function _fileSafe(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return Array.from(safe).slice(0, 60).join('') || '未命名草稿';
}

/** A draft of the file whose id is already stored: the user picks 「作为副本导入」 or 「替换」. */
export interface ImportConflict {
  readonly existing: DraftSummary;
  readonly incomingUpdatedAt: string;
  /** Both timestamps, in Chinese, for the question. */
  readonly text: string;
}

/** One draft of the file: restored (perhaps read-only: a newer app wrote it), or why it cannot be read. */
export type ImportItem =
  | { readonly index: number; readonly ok: true; readonly draft: AnyDraft; readonly readOnly: boolean; readonly notes: readonly string[]; readonly conflict?: ImportConflict }
  | { readonly index: number; readonly ok: false; readonly error: string };

/** The file read: its drafts (importable: ok and not read-only), or one message why the file cannot be used. */
export type ImportParse =
  | {
      readonly ok: true;
      readonly exportedAt?: string;
      readonly items: readonly ImportItem[];
      readonly importable: number;
      readonly encoding: TextEncodingName;
      /** Said to the user when the file was not UTF-8 (「已按 GB18030（GBK）编码读取」). */
      readonly encodingNote?: string;
    }
  | { readonly ok: false; readonly error: string };

export interface ImportOptions {
  readonly maxBytes?: number;
  readonly maxDrafts?: number;
  /** The drafts list, to find drafts the file would overwrite. */
  readonly existing?: readonly DraftSummary[];
}

/** Read a file chosen or dropped by the user (or its text). Never throws and never stores anything. */
export async function parseImportFile(input: string | Blob, options: ImportOptions = {}): Promise<ImportParse> {
  const list = await readDraftList(input, { maxBytes: options.maxBytes ?? MAX_FILE_BYTES, maxDrafts: options.maxDrafts ?? MAX_FILE_DRAFTS });
  if (!list.ok) return list;
  const existing = new Map((options.existing ?? []).map((s) => [s.id, s]));
  const seen = new Set<string>();
  // Hint: a draft the exporting app could not read is tried again; a newer app (or this one) may read it now.
  const raws = [...list.drafts, ...list.unreadable.map((u) => (isRecord(u) ? u.stored : u))];
  const items = raws.map((raw, index) => _item(raw, index, existing, seen));
  const importable = items.filter((item) => item.ok && !item.readOnly).length;
  const note = encodingNote(list.encoding);
  if (importable === 0) return { ok: false, error: [note, _noneImportable(items)].filter(Boolean).join('\n') };
  return { ok: true, ...(list.exportedAt ? { exportedAt: list.exportedAt } : {}), items, importable, encoding: list.encoding, ...(note ? { encodingNote: note } : {}) };
}

function _item(raw: unknown, index: number, existing: Map<string, DraftSummary>, seen: Set<string>): ImportItem {
  const restored = restoreDraft(raw);
  if (!restored.ok) return { index, ok: false, error: `第 ${index + 1} 份草稿：${restored.error}` };
  let { draft } = restored;
  const notes = [...restored.notes];
  if (seen.has(draft.id)) {
    // Hint: two drafts of one file share an id (a hand-edited file); the later one becomes a copy, nothing is merged.
    draft = { ...draft, id: newDraftId() } as AnyDraft;
    notes.push('文件中有编号重复的草稿，此份将作为副本导入。');
  }
  seen.add(draft.id);
  const found = existing.get(draft.id);
  const conflict = found ? { existing: found, incomingUpdatedAt: draft.updatedAt, text: _conflictText(found, draft) } : undefined;
  return { index, ok: true, draft, readOnly: restored.readOnly, notes, ...(conflict ? { conflict } : {}) };
}

function _conflictText(existing: DraftSummary, incoming: AnyDraft): string {
  const newer = incoming.updatedAt > existing.updatedAt ? '文件中的较新' : incoming.updatedAt < existing.updatedAt ? '本机的较新' : '两者修改时间相同';
  return `本机已有同一份草稿「${existing.name}」（最后修改于 ${localDateTime(existing.updatedAt)}），文件中的版本最后修改于 ${localDateTime(incoming.updatedAt)}（${newer}）。可以作为副本导入，或用文件中的版本替换本机的版本。`;
}

function _noneImportable(items: readonly ImportItem[]): string {
  const errors = items.flatMap((item) => (item.ok ? (item.readOnly ? [`第 ${item.index + 1} 份草稿由更新版本的应用导出，请先更新应用。`] : []) : [item.error]));
  const more = errors.length > 3 ? `等 ${errors.length} 份` : '';
  return `文件中没有可以导入的草稿${more}：\n${errors.slice(0, 3).join('\n')}`;
}
