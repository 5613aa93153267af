// Where the typing journal is kept, written on every keystroke: a small IndexedDB database of its own; where a
// write there fails (a full quota), localStorage instead.
// Hint: measured in Chromium 156 (bench/results/persistence.json): a localStorage write reaches the disk only
// seconds later (lost on SIGKILL, and on SIGTERM, within ~3 s), while an IndexedDB transaction that has committed
// survives both, and one issued at the moment of a kill mostly does too. localStorage has a quota of its own, so
// it still takes the typing when IndexedDB's is full. Written to both always, a late-committed localStorage entry
// could outlive the IndexedDB removal that followed a save, and bring old text back. Its own database, so that a
// keystroke never waits behind a draft save and the drafts database needs no new version.
import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';

/** The journal entries by draft id. Writes are issued at once and never throw; reads wait for earlier writes. */
export interface JournalStore {
  put(id: string, entry: unknown): void;
  remove(id: string): void;
  get(id: string): Promise<unknown>;
  ids(): Promise<string[]>;
  /** Resolves when every write issued so far has been committed (or failed). */
  settled(): Promise<void>;
}

export const JOURNAL_DB = 'jiqun-shenbao-journal';
const STORE = 'entries';

type Op = { readonly put: unknown } | 'remove';

/**
 * A journal store over IndexedDB, or undefined where it cannot be opened (the draft saves remain). Writes that
 * fail go to `fallback`, and a later write that succeeds clears the fallback's entry.
 */
export async function openJournalStore(name = JOURNAL_DB, fallback?: JournalStore): Promise<JournalStore | undefined> {
  try {
    if (typeof indexedDB === 'undefined' || indexedDB === null) return undefined;
    // Hint: 「清除本机全部数据」 deletes this database; the connection steps aside so the deletion is not blocked.
    const db: IDBPDatabase = await openDB(name, 1, { upgrade: (d) => void d.createObjectStore(STORE), blocking: () => db.close() });
    const idb = _idbJournal(db, fallback && (await _fallbackOf(fallback)));
    return fallback ? _newestOf(idb, fallback) : idb;
  } catch {
    return undefined;
  }
}

/** What the IndexedDB journal does with a batch it could not (or could) write. */
interface Fallback {
  failed(ops: [string, Op][]): void;
  written(ids: string[]): void;
}

async function _fallbackOf(store: JournalStore): Promise<Fallback> {
  const held = new Set(await store.ids());
  return {
    failed: (ops) => ops.forEach(([id, op]) => (op === 'remove' ? (store.remove(id), held.delete(id)) : (store.put(id, op.put), held.add(id)))),
    written: (ids) => ids.filter((id) => held.delete(id)).forEach((id) => store.remove(id)),
  };
}

/** Reads both stores; the entry written last (by its `at`) wins. */
function _newestOf(main: JournalStore, other: JournalStore): JournalStore {
  const at = (entry: unknown) => (typeof entry === 'object' && entry !== null && typeof (entry as { at?: unknown }).at === 'string' ? (entry as { at: string }).at : '');
  return {
    ...main,
    remove: (id) => (main.remove(id), other.remove(id)),
    get: async (id) => {
      const [a, b] = await Promise.all([main.get(id), other.get(id)]);
      return a === undefined ? b : b === undefined ? a : at(b) > at(a) ? b : a;
    },
    ids: async () => [...new Set([...(await main.ids()), ...(await other.ids())])],
  };
}

/**
 * Hint: the last operation per draft wins, and at most one transaction is in flight: a burst of keystrokes
 * becomes one write per transaction's time (a few ms), always of the latest text, in order with removals.
 */
function _idbJournal(db: IDBPDatabase, fallback?: Fallback): JournalStore {
  const queued = new Map<string, Op>();
  let flight: Promise<void> = Promise.resolve();
  let busy = false;
  const pump = () => {
    if (busy || queued.size === 0) return;
    busy = true;
    const ops = [...queued];
    queued.clear();
    flight = _apply(db, ops)
      .then((ok) => (ok ? fallback?.written(ops.map(([id]) => id)) : fallback?.failed(ops)))
      .finally(() => {
      busy = false;
      pump();
    });
  };
  const settled = async () => {
    while (busy || queued.size) await flight;
  };
  return {
    put: (id, entry) => (queued.set(id, { put: entry }), pump()),
    remove: (id) => (queued.set(id, 'remove'), pump()),
    get: async (id) => (await settled(), _quietly(() => db.get(STORE, id))),
    ids: async () => (await settled(), ((await _quietly(() => db.getAllKeys(STORE))) ?? []).filter((k): k is string => typeof k === 'string')),
    settled,
  };
}

/** Write a batch in one transaction; false when it failed. */
async function _apply(db: IDBPDatabase, ops: [string, Op][]): Promise<boolean> {
  try {
    const tx = db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const [id, op] of ops) void (op === 'remove' ? store.delete(id) : store.put(op.put, id)).catch(() => undefined);
    // Hint: commit at once rather than at the end of the task, so a tab that crashes right after still has it.
    (tx as unknown as { commit?: () => void }).commit?.();
    await tx.done;
    return true;
  } catch {
    // Hint: a full disk or a closed database; the draft saves report their own failures.
    return false;
  }
}

async function _quietly<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

/** The part of Web Storage used here. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  readonly length: number;
  key(index: number): string | null;
}

const PREFIX = 'jiqun-shenbao:journal:';

/** A journal store over localStorage (synchronous; a full or refused one is skipped quietly). */
export function webStorageJournal(storage: WebStorageLike): JournalStore {
  const quietly = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  return {
    put: (id, entry) => void quietly(() => storage.setItem(PREFIX + id, JSON.stringify(entry))),
    remove: (id) => void quietly(() => storage.removeItem(PREFIX + id)),
    get: async (id) => quietly(() => JSON.parse(storage.getItem(PREFIX + id) ?? 'null') as unknown) ?? undefined,
    ids: async () =>
      quietly(() => Array.from({ length: storage.length }, (_, i) => storage.key(i)).flatMap((k) => (k?.startsWith(PREFIX) ? [k.slice(PREFIX.length)] : []))) ?? [],
    settled: async () => undefined,
  };
}

/** This page's localStorage, or undefined where the browser refuses it. */
export function pageLocalStorage(): WebStorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** A journal store in memory (tests; and where nothing is kept on disk, one that keeps nothing). */
export function memoryJournalStore(): JournalStore & { readonly map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    put: (id, entry) => void map.set(id, structuredClone(entry)),
    remove: (id) => void map.delete(id),
    get: async (id) => map.get(id),
    ids: async () => [...map.keys()],
    settled: async () => undefined,
  };
}
