// The IndexedDB backend (through idb): three object stores keyed by draft id — `drafts` (the documents),
// `summaries` (list lines) and `labels` (title, last export) — so listing never reads a whole draft.
import { openDB } from 'idb';
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { DraftBackend, ListedEntry, RawEntry } from './backend';
import { DraftStoreError, storeError, toStoreError } from './errors';

const DB_VERSION = 1;
const STORES = ['drafts', 'summaries', 'labels'] as const;

export interface IdbBackendOptions {
  /** Database name; tests and benchmarks use their own. */
  readonly name?: string;
  /**
   * Give up opening after this long and report the store unavailable.
   * Hint: Safari 14.1 could leave indexedDB.open unsettled on a first load (the reason for the safari-14-idb-fix package).
   */
  readonly openTimeoutMs?: number;
}

/** Open the draft database; rejects with a DraftStoreError (`unavailable`, `blocked`, …). */
export async function openIdbBackend(options: IdbBackendOptions = {}): Promise<DraftBackend> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) throw storeError('unavailable');
  const state: { closed?: DraftStoreError } = {};
  const db = await _open(options.name ?? 'jiqun-shenbao', options.openTimeoutMs ?? 5000, state);
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    if (state.closed) throw state.closed;
    try {
      return await work();
    } catch (error) {
      throw toStoreError(error);
    }
  };
  return {
    persistent: true,
    read: (id) => run(() => _read(db, id)),
    readAll: () => run(() => _readAll(db)),
    write: (entry, check, options) =>
      run(() =>
        _atomic(db, [...STORES], options?.durable ? 'strict' : 'default', async (tx) => {
          const stored = _quiet(tx.objectStore('summaries').get(entry.id));
          _quiet(tx.objectStore('drafts').put(entry.draft, entry.id));
          _quiet(tx.objectStore('summaries').put(entry.summary, entry.id));
          if (entry.labels) _quiet(tx.objectStore('labels').put(entry.labels, entry.id));
          check(await stored);
        }),
      ),
    updateLabels: (id, update) =>
      run(() =>
        _atomic(db, ['summaries', 'labels'], 'default', async (tx) => {
          const summary: unknown = await _quiet(tx.objectStore('summaries').get(id));
          if (summary === undefined) throw storeError('missing');
          const labels: unknown = await _quiet(tx.objectStore('labels').get(id));
          _quiet(tx.objectStore('labels').put(update(labels), id));
        }),
      ),
    remove: (id) =>
      run(() =>
        _atomic(db, [...STORES], 'default', async (tx) => {
          const found = STORES.map((s) => _quiet(tx.objectStore(s).get(id)));
          STORES.forEach((s) => _quiet(tx.objectStore(s).delete(id)));
          const [draft, summary, labels] = (await Promise.all(found)) as unknown[];
          return draft === undefined && summary === undefined ? undefined : { draft, summary, labels };
        }),
      ),
    close: () => db.close(),
  };
}

type Tx = IDBPTransaction<unknown, string[], 'readwrite'>;

/** Mark a request's promise as observed (an aborted transaction rejects them all) and return it unchanged. */
function _quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Run `body` in one readwrite transaction and wait for it to commit. Any throw aborts the whole transaction, so
 * nothing of it is written. Hint: a full disk aborts the transaction with QuotaExceededError in `tx.error`,
 * while each request only sees AbortError; the transaction's error is the one reported.
 */
async function _atomic<T>(db: IDBPDatabase, stores: string[], durability: IDBTransactionDurability, body: (tx: Tx) => Promise<T>): Promise<T> {
  // Hint: 'strict' fires complete only once the OS has flushed the data to disk; Chromium's default is 'relaxed'
  // since Chrome 121 (developer.chrome.com/blog/indexeddb-durability-mode-now-defaults-to-relaxed), which
  // survives a killed browser (bench/results/persistence.json) but not a power cut.
  const tx = db.transaction(stores, 'readwrite', { durability });
  const ended = _quiet(tx.done.catch((error: unknown) => Promise.reject(tx.error ?? error)));
  let result: T;
  try {
    result = await body(tx);
  } catch (error) {
    _abort(tx);
    throw error;
  }
  await ended;
  return result;
}

function _abort(tx: Tx): void {
  try {
    tx.abort();
  } catch {
    // Hint: already aborted (a failed request) or finished; either way nothing more is written.
  }
}

async function _read(db: IDBPDatabase, id: string): Promise<RawEntry | undefined> {
  const tx = db.transaction(STORES, 'readonly');
  _quiet(tx.done);
  const [draft, summary, labels] = (await Promise.all(STORES.map((s) => tx.objectStore(s).get(id)))) as unknown[];
  return draft === undefined && summary === undefined ? undefined : { draft, summary, labels };
}

/**
 * Every draft's key with its summary and labels. Hint: one record the browser cannot give back (a damaged file)
 * fails the whole getAll; then each is read on its own, so that one is listed as unreadable and the rest as usual.
 */
async function _readAll(db: IDBPDatabase): Promise<ListedEntry[]> {
  const tx = db.transaction(STORES, 'readonly');
  _quiet(tx.done);
  const [draftKeys, summaryKeys, labelKeys] = await Promise.all(STORES.map((s) => tx.objectStore(s).getAllKeys()));
  const keys = [...new Set([...summaryKeys!, ...draftKeys!])].filter((k): k is string => typeof k === 'string');
  const hasDraft = new Set(draftKeys);
  try {
    const [summaries, labels] = await Promise.all([tx.objectStore('summaries').getAll(), tx.objectStore('labels').getAll()]);
    const summaryOf = new Map(summaryKeys!.map((k, i) => [k, summaries[i] as unknown]));
    const labelsOf = new Map(labelKeys!.map((k, i) => [k, labels[i] as unknown]));
    return keys.map((key) => ({ key, summary: summaryOf.get(key), labels: labelsOf.get(key), hasDraft: hasDraft.has(key) }));
  } catch {
    return Promise.all(keys.map((key) => _readOne(db, key, hasDraft.has(key))));
  }
}

async function _readOne(db: IDBPDatabase, key: string, hasDraft: boolean): Promise<ListedEntry> {
  try {
    const tx = db.transaction(['summaries', 'labels'], 'readonly');
    _quiet(tx.done);
    const [summary, labels] = (await Promise.all([tx.objectStore('summaries').get(key), tx.objectStore('labels').get(key)])) as unknown[];
    return { key, summary, labels, hasDraft };
  } catch (failure) {
    return { key, summary: undefined, labels: undefined, hasDraft, failure };
  }
}

function _open(name: string, timeoutMs: number, state: { closed?: DraftStoreError }): Promise<IDBPDatabase> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: DraftStoreError) => {
      if (!settled) reject(error);
      settled = true;
    };
    const timer = setTimeout(() => fail(storeError('unavailable', '本地存储没有响应，草稿无法保存到本机。请刷新页面重试；在此之前内容只保留在本页面中，请及时导出文件。')), timeoutMs);
    openDB(name, DB_VERSION, {
      upgrade: (db) => STORES.forEach((s) => db.objectStoreNames.contains(s) || db.createObjectStore(s)),
      blocked: () => fail(storeError('blocked')),
      // Hint: a newer app in another tab wants to upgrade the database; closing lets it, and this tab says so.
      blocking: (_current, _next, event) => {
        state.closed = storeError('blocked', '本应用的新版本已在另一个标签页中打开。请先导出备份，再刷新本页以使用新版本。');
        (event.target as IDBDatabase).close();
      },
      terminated: () => {
        state.closed = storeError('unavailable', '浏览器意外关闭了本地存储（可能清除了浏览数据）。请立即导出备份，然后刷新页面。');
      },
    }).then(
      (db) => {
        clearTimeout(timer);
        if (settled) db.close();
        else resolve(db);
        settled = true;
      },
      (error: unknown) => {
        clearTimeout(timer);
        fail(toStoreError(error));
      },
    );
  });
}
