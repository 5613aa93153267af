// The 佐证材料 files: a database of their own (`jiqun-shenbao-files`), each file a Blob keyed by id, found by draft
// and by item. Its own database, so a 150 MB attachment never sits in a draft save's transaction, the drafts
// database needs no new version, and 「清除本机全部数据」 deletes it like the others.
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import { toStoreError } from './errors';

export const ATTACHMENTS_DB = 'jiqun-shenbao-files';
const FILES = 'files';
const DELETED = 'deleted';

/** One attached file, as listed (without its bytes). */
export interface AttachmentMeta {
  readonly id: string;
  readonly draftId: string;
  /** The item's stable key (src/evidence/items.ts). */
  readonly itemKey: string;
  /** The name as picked, shown to the official. */
  readonly name: string;
  /** The name it is exported under: `name` with what Windows forbids replaced. */
  readonly storedName: string;
  readonly type: 'pdf' | 'jpeg' | 'png';
  readonly size: number;
  /** A PDF's pages; 1 for an image. */
  readonly pages: number;
  /** Lower-case hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly addedAt: string;
}

export interface StoredAttachment extends AttachmentMeta {
  readonly blob: Blob;
}

export interface AttachmentStore {
  /** Store one file, in a transaction of its own; throws a DraftStoreError (`quota` when it does not fit). */
  add(file: StoredAttachment): Promise<void>;
  /** A draft's files (with their blobs, which the browser reads only when asked), in the order added. */
  list(draftId: string): Promise<StoredAttachment[]>;
  remove(id: string): Promise<void>;
  /** Every file of a draft; returns how many were deleted. */
  removeDraft(draftId: string): Promise<number>;
  /** The draft was deleted at `at`: its files wait out the 撤销 window (see sweep). */
  markDeleted(draftId: string, at: Date): Promise<void>;
  /** 撤销: the draft is back, its files stay. */
  unmarkDeleted(draftId: string): Promise<void>;
  /**
   * Delete the files of drafts no longer stored, except those deleted less than `graceMs` ago (their 撤销 may
   * still be offered on some page). Returns the draft ids whose files were deleted.
   */
  sweep(storedDraftIds: ReadonlySet<string>, now: Date, graceMs: number): Promise<string[]>;
  /** Copy every file of a draft to another (「复制」); returns the names of files that did not fit. */
  copyDraft(fromId: string, toId: string): Promise<string[]>;
  /** Bytes held, for one draft or for all. */
  usage(draftId?: string): Promise<number>;
  close(): void;
}

/** Open the store; throws a DraftStoreError (`unavailable`, `blocked` …) where IndexedDB cannot be used. */
export async function openAttachmentStore(name = ATTACHMENTS_DB): Promise<AttachmentStore> {
  try {
    // Hint: 「清除本机全部数据」 deletes this database; the connection steps aside so the deletion is not blocked.
    const db: IDBPDatabase = await openDB(name, 1, { upgrade: _upgrade, blocking: () => db.close() });
    return _store(db);
  } catch (error) {
    throw toStoreError(error);
  }
}

function _upgrade(db: IDBPDatabase): void {
  const files = db.createObjectStore(FILES, { keyPath: 'id' });
  files.createIndex('draftId', 'draftId');
  files.createIndex('draftItem', ['draftId', 'itemKey']);
  db.createObjectStore(DELETED);
}

/** Hint: ids begin with the time added and the place in the batch (src/evidence/files/attach.ts). */
const _byAdded = (a: AttachmentMeta, b: AttachmentMeta) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Hint: every call maps the browser's failure to a DraftStoreError, so the page says it in Chinese by kind. */
const _mapped = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw toStoreError(error);
  }
};

function _store(db: IDBPDatabase): AttachmentStore {
  const list = (draftId: string) => _mapped(async () => ((await db.getAllFromIndex(FILES, 'draftId', draftId)) as StoredAttachment[]).sort(_byAdded));
  const removeDraft = (draftId: string) =>
    _mapped(async () => {
      const tx = db.transaction([FILES, DELETED], 'readwrite');
      const keys = await tx.objectStore(FILES).index('draftId').getAllKeys(draftId);
      await Promise.all([...keys.map((k) => tx.objectStore(FILES).delete(k)), tx.objectStore(DELETED).delete(draftId), tx.done]);
      return keys.length;
    });
  return {
    add: (file) => _mapped(async () => void (await db.add(FILES, file))),
    list,
    remove: (id) => _mapped(() => db.delete(FILES, id)),
    removeDraft,
    markDeleted: (draftId, at) => _mapped(async () => void (await db.put(DELETED, at.toISOString(), draftId))),
    unmarkDeleted: (draftId) => _mapped(() => db.delete(DELETED, draftId)),
    copyDraft: async (fromId, toId) => {
      const failed: string[] = [];
      // Hint: one transaction per file, like add: a full disk costs only the files that do not fit.
      for (const f of await list(fromId)) await db.add(FILES, { ...f, id: `${f.id}~${toId}`, draftId: toId }).catch(() => failed.push(f.name));
      return failed;
    },
    sweep: (stored, now, graceMs) => _mapped(() => _sweep(db, stored, now, graceMs, removeDraft)),
    usage: (draftId) => _mapped(async () => ((draftId ? await list(draftId) : ((await db.getAll(FILES)) as StoredAttachment[])).reduce((n, f) => n + f.size, 0))),
    close: () => db.close(),
  };
}

async function _sweep(db: IDBPDatabase, stored: ReadonlySet<string>, now: Date, graceMs: number, removeDraft: (id: string) => Promise<number>): Promise<string[]> {
  const owners = new Set((await db.getAll(FILES)).map((f: StoredAttachment) => f.draftId));
  const deletedAt = new Map<string, string>();
  const keys = (await db.getAllKeys(DELETED)) as string[];
  for (const k of keys) deletedAt.set(k, (await db.get(DELETED, k)) as string);
  const swept: string[] = [];
  for (const draftId of owners) {
    if (stored.has(draftId)) continue;
    const at = deletedAt.get(draftId);
    if (at && now.getTime() - Date.parse(at) < graceMs) continue;
    await removeDraft(draftId);
    swept.push(draftId);
  }
  // Hint: a mark left by a delete whose 撤销 was pressed (or whose files are gone) means nothing any more.
  for (const k of keys) if (stored.has(k) || !owners.has(k)) await db.delete(DELETED, k);
  return swept;
}
