// The draft store the UI calls: save (revision-checked), load (through restoreDraft), list, delete with undo.
// Renaming, duplicating, importing and marking exports are in db-actions.ts. Every failure is a DraftStoreError.
import { DRAFT_SCHEMA_VERSION } from '../forms/draft';
import type { AnyDraft } from '../forms/registry';
import { memoryBackend } from './backend';
import type { DraftBackend, RawEntry } from './backend';
import type { ChangeFeed } from './changes';
import { createChangeFeed } from './changes';
import { draftActions } from './db-actions';
import type { DraftActions } from './db-actions';
import { DraftStoreError, storeError, toStoreError } from './errors';
import { openIdbBackend } from './idb-backend';
import type { IdbBackendOptions } from './idb-backend';
import { isRecord } from './plain';
import { memoryJournalStore, openJournalStore, pageLocalStorage, webStorageJournal } from './journal-store';
import type { JournalStore } from './journal-store';
import { listDrafts } from './listing';
import { restoreDraft } from './restore';
import { draftName, summarize } from './summary';
import type { DraftLabels, DraftSummary } from './summary';
import { readLabels, readSummary } from './stored';

export interface SaveOptions {
  /** The revision this tab loaded or last saved (0: the draft was never saved). A different stored revision is a conflict. */
  readonly expectedRevision: number;
  /** Set updatedAt to now (default); imports keep the file's time. */
  readonly touch?: boolean;
  /** Labels to write with the content (creating, duplicating, importing). */
  readonly labels?: DraftLabels;
  /** The page session saving (autosave), recorded so its journal can tell its own saves from others'. */
  readonly writer?: string;
  /**
   * The stored record is a draft of an older app that kept no revision (LoadResult.legacy): replace it at
   * revision 0 instead of refusing it as 「已有编号相同的草稿」.
   */
  readonly legacy?: boolean;
  /** Commit to disk before resolving (IndexedDB `durability: 'strict'`): for the save as the page is left. */
  readonly durable?: boolean;
}

/** A loaded draft with its revision, or why it cannot be opened (`raw`: the stored document, for export). */
export type LoadResult =
  | {
      readonly ok: true;
      readonly draft: AnyDraft;
      readonly readOnly: boolean;
      readonly notes: readonly string[];
      readonly revision: number;
      /** The session that saved this revision ('' when not an autosave). */
      readonly writer: string;
      readonly lastExportedAt?: string;
      /** Stored by an older app without a revision (revision is 0): the first save passes SaveOptions.legacy. */
      readonly legacy: boolean;
      /** Stored at an older schema version and migrated on reading: save it to keep the migration. */
      readonly migrated: boolean;
    }
  | { readonly ok: false; readonly missing: boolean; readonly error: string; readonly raw?: unknown };

/** What deleteDraft removed, to put back with undoDelete. */
export interface DeletedDraft {
  readonly id: string;
  readonly name: string;
  readonly entry: RawEntry;
}

/** The store: core operations (below) and the list actions of db-actions.ts. */
export interface DraftStore extends DraftStoreCore, DraftActions {}

export interface DraftStoreCore {
  /** False when drafts live only in this page's memory (no IndexedDB): the UI must say so and offer export. */
  readonly persistent: boolean;
  readonly feed: ChangeFeed;
  /** Save a draft's content in one atomic write; resolves with the new revision and updatedAt. */
  saveDraft(draft: AnyDraft, options: SaveOptions): Promise<{ revision: number; updatedAt: string }>;
  /** Load and restore a draft; never rejects for bad data, only with a DraftStoreError for storage failures. */
  loadDraft(id: string): Promise<LoadResult>;
  /** Every stored draft's list line (unreadable and newer-version ones included), most recently changed first. */
  listDrafts(): Promise<DraftSummary[]>;
  /** Delete a draft; keep the result to offer 「撤销」. */
  deleteDraft(id: string): Promise<DeletedDraft | undefined>;
  /** Put a deleted draft back exactly as it was. */
  undoDelete(deleted: DeletedDraft): Promise<void>;
  /** The typing journal (journal.ts): autosave writes it, opening a draft reads it, deleting removes it. */
  readonly journal: JournalStore;
  /** The backend and clock the list actions (db-actions.ts) build on; the UI does not need them. */
  readonly backend: DraftBackend;
  readonly now: () => Date;
  close(): void;
}

export interface OpenOptions extends IdbBackendOptions {
  readonly feed?: ChangeFeed;
  readonly now?: () => Date;
  /** The journal's store; openDraftStore opens it in IndexedDB beside the drafts. */
  readonly journal?: JournalStore;
}

/** Open the store on IndexedDB; rejects with a DraftStoreError (`unavailable`, `blocked`, …). */
export async function openDraftStore(options: OpenOptions = {}): Promise<DraftStore> {
  const backend = await openIdbBackend(options);
  return createDraftStore(backend, { ...options, journal: options.journal ?? (await _pageJournal(options.name)) });
}

/** The journal in its IndexedDB database, with localStorage for writes it refuses; whichever the browser allows. */
async function _pageJournal(name: string | undefined): Promise<JournalStore> {
  const local = pageLocalStorage();
  const web = local ? webStorageJournal(local) : undefined;
  return (await openJournalStore(name ? `${name}-journal` : undefined, web)) ?? web ?? memoryJournalStore();
}

/** Open on IndexedDB or, when that fails, in this page's memory with the reason to show. Never rejects. */
export async function openDraftStoreOrMemory(options: OpenOptions = {}): Promise<{ store: DraftStore; problem?: DraftStoreError }> {
  try {
    return { store: await openDraftStore(options) };
  } catch (error) {
    return { store: createDraftStore(memoryBackend(_sessionStorage()), options), problem: toStoreError(error) };
  }
}

function _sessionStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** A draft store over any backend. */
export function createDraftStore(backend: DraftBackend, options: Omit<OpenOptions, keyof IdbBackendOptions> = {}): DraftStore {
  const core = _core(backend, options);
  return Object.assign(core, draftActions(core));
}

function _core(backend: DraftBackend, options: Omit<OpenOptions, keyof IdbBackendOptions>): DraftStoreCore {
  const feed = options.feed ?? createChangeFeed();
  const now = options.now ?? (() => new Date());
  const journal = options.journal ?? memoryJournalStore();
  return {
    persistent: backend.persistent,
    feed,
    journal,
    backend,
    now,
    saveDraft: (draft, save) => _save(backend, feed, now, draft, save),
    loadDraft: (id) => _load(backend, id),
    listDrafts: () => listDrafts(backend),
    deleteDraft: async (id) => {
      const entry = await backend.remove(id);
      journal.remove(id);
      if (!entry) return undefined;
      feed.publish({ type: 'deleted', id });
      return { id, entry, name: draftName(readLabels(entry.labels), readSummary(entry.summary).clusterName) };
    },
    undoDelete: async ({ id, entry }) => {
      await backend.write({ id, ...entry }, (stored) => _checkRevision(stored, 0, false));
      feed.publish({ type: 'saved', id, revision: readSummary(entry.summary).revision });
    },
    close: () => {
      backend.close();
      if (!options.feed) feed.close();
    },
  };
}

async function _save(backend: DraftBackend, feed: ChangeFeed, now: () => Date, draft: AnyDraft, options: SaveOptions) {
  const revision = options.expectedRevision + 1;
  // Hint: the title is a label (renameDraft), so a rename in the list never conflicts with typing in the editor.
  const { title: _title, ...content } = options.touch === false ? draft : { ...draft, updatedAt: now().toISOString() };
  const summary = summarize(content as AnyDraft, revision, options.writer);
  // Hint: no await before write: in pagehide the writes must reach IndexedDB within this task.
  const check = (stored: unknown) => _checkRevision(stored, options.expectedRevision, options.legacy === true);
  await backend.write({ id: draft.id, draft: content, summary, labels: options.labels }, check, { durable: options.durable === true });
  feed.publish({ type: 'saved', id: draft.id, revision });
  return { revision, updatedAt: content.updatedAt };
}

function _checkRevision(stored: unknown, expected: number, legacy: boolean): void {
  if (stored === undefined && expected === 0) return;
  const { revision, schemaVersion } = readSummary(stored);
  if (schemaVersion > DRAFT_SCHEMA_VERSION) {
    throw storeError('conflict', '此草稿已由更新版本的本应用保存，本页面不能再修改它。请刷新页面以使用新版本。');
  }
  if (stored === undefined) throw storeError('missing');
  // Hint: an older app's record has no revision (0); only a save that loaded it as such may replace it.
  if (expected === 0 && !(legacy && revision === 0)) throw storeError('conflict', '已有编号相同的草稿，为避免覆盖，没有保存。');
  if (revision !== expected) throw storeError('conflict');
}

async function _load(backend: DraftBackend, id: string): Promise<LoadResult> {
  const raw = await backend.read(id);
  if (!raw || raw.draft === undefined) return { ok: false, missing: !raw, error: raw ? '数据库中只有这份草稿的摘要，草稿内容已不存在。' : storeError('missing').message, raw: raw?.draft };
  const restored = restoreDraft(raw.draft);
  if (!restored.ok) return { ok: false, missing: false, error: restored.error, raw: raw.draft };
  const labels = readLabels(raw.labels);
  const summary = readSummary(raw.summary);
  const { title: _stale, ...content } = restored.draft;
  const version = isRecord(raw.draft) && typeof raw.draft.version === 'number' ? raw.draft.version : 0;
  return {
    ...restored,
    draft: (labels.title !== undefined ? { ...content, title: labels.title } : content) as AnyDraft,
    readOnly: restored.readOnly || summary.schemaVersion > DRAFT_SCHEMA_VERSION,
    revision: summary.revision,
    writer: summary.writer,
    legacy: summary.revision === 0,
    migrated: version < DRAFT_SCHEMA_VERSION,
    ...(labels.lastExportedAt !== undefined ? { lastExportedAt: labels.lastExportedAt } : {}),
  };
}
