// 「清除本机全部数据」: every IndexedDB database, cache, service worker and local storage entry of this site.
import { createChangeFeed } from '../storage/changes';
import { ATTACHMENTS_DB } from '../storage/attachments';
import { JOURNAL_DB } from '../storage/journal-store';
export interface ClearReport {
  databases: number;
  caches: number;
  workers: number;
}

let offlineDisabled = false;

/** Whether this page may (still) register the service worker; false once the user cleared everything. */
export function offlineAllowed(): boolean {
  return !offlineDisabled;
}

export async function clearAllLocalData(): Promise<ClearReport> {
  offlineDisabled = true;
  _tellOtherTabs();
  // Hint: the worker goes first. One still installing (the first visit precaches ~4 MB) keeps writing its
  // cache after caches.delete(), so the caches would come back; wait until it has stopped.
  const workers = await _unregisterWorkers();
  const cacheNames = 'caches' in self ? await caches.keys() : [];
  await Promise.all(cacheNames.map((n) => caches.delete(n)));
  const databases = await _deleteDatabases();
  localStorage.clear();
  sessionStorage.clear();
  return { databases, caches: cacheNames.length, workers };
}

/** Other tabs with a draft open stop saving it (and leave no unsaved copy behind in localStorage). */
function _tellOtherTabs(): void {
  const feed = createChangeFeed();
  feed.publish({ type: 'cleared' });
  feed.close();
}

async function _unregisterWorkers(): Promise<number> {
  if (!('serviceWorker' in navigator)) return 0;
  const regs = await navigator.serviceWorker.getRegistrations();
  const busy = regs.flatMap((r) => [r.installing, r.waiting]).filter((w): w is ServiceWorker => w !== null);
  await Promise.all(regs.map((r) => r.unregister()));
  await Promise.all(busy.map(_settled));
  return regs.length;
}

/** Resolves once a worker has finished installing (or was dropped), or after 15 s at most. */
function _settled(worker: ServiceWorker): Promise<void> {
  const done = () => worker.state !== 'installing' && worker.state !== 'parsed';
  if (done()) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(ok, 15_000);
    worker.addEventListener('statechange', () => {
      if (done()) {
        clearTimeout(timer);
        ok();
      }
    });
  });
}

async function _deleteDatabases(): Promise<number> {
  // Hint: where the browser cannot list its databases (Firefox before 126), ours are named: drafts, journal, files.
  const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [{ name: 'jiqun-shenbao' }, { name: JOURNAL_DB }, { name: ATTACHMENTS_DB }];
  await Promise.all(
    dbs.map(
      (d) =>
        new Promise<void>((ok) => {
          if (!d.name) return ok();
          const req = indexedDB.deleteDatabase(d.name);
          req.onsuccess = req.onerror = req.onblocked = () => ok();
        }),
    ),
  );
  return dbs.length;
}
