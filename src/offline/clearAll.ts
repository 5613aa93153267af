// 「清除本机全部数据」: every IndexedDB database, cache, service worker and local storage entry of this site.
export interface ClearReport {
  databases: number;
  caches: number;
  workers: number;
}

export async function clearAllLocalData(): Promise<ClearReport> {
  const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [{ name: 'jiqun-shenbao' }];
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
  const cacheNames = 'caches' in self ? await caches.keys() : [];
  await Promise.all(cacheNames.map((n) => caches.delete(n)));
  const regs = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistrations() : [];
  await Promise.all(regs.map((r) => r.unregister()));
  localStorage.clear();
  sessionStorage.clear();
  return { databases: dbs.length, caches: cacheNames.length, workers: regs.length };
}
