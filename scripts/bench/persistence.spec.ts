// What Chromium really keeps when its process is killed: a localStorage write, an IndexedDB transaction (default
// and `durability: 'strict'`) and one still running, each followed by SIGKILL after N ms; and which page events
// (pagehide, visibilitychange, beforeunload) run when the browser is told to end (SIGTERM) or closed. These are
// the facts autosave and the journal are designed on (src/storage/autosave.ts). Writes bench/results/persistence.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { browserArgs, executable, launch } from '../../tests/e2e/support/faults';

type Mechanism = 'localStorage' | 'idb-default' | 'idb-strict' | 'idb-uncommitted';
const DELAYS = [0, 50, 200, 1000, 3000];
const RUNS = Number(process.env.PERSIST_RUNS ?? 2);
const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), engine: 'headless Chromium' };

test.use({ trace: 'off' });
test.setTimeout(600_000);

/** Write `value` by `mechanism` in the page; resolves when the write reports done (or, uncommitted, is issued). */
function write(page: Page, mechanism: Mechanism, value: string): Promise<number> {
  return page.evaluate(
    async ({ mechanism, value }) => {
      const t0 = performance.now();
      if (mechanism === 'localStorage') {
        localStorage.setItem('probe', value);
        return performance.now() - t0;
      }
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const started = performance.now();
      const tx = db.transaction('s', 'readwrite', { durability: mechanism === 'idb-strict' ? 'strict' : 'default' });
      tx.objectStore('s').put(value, 'probe');
      if (mechanism !== 'idb-uncommitted') await new Promise((ok) => (tx.oncomplete = ok));
      return performance.now() - started;
    },
    { mechanism, value },
  );
}

/** What the profile holds after opening it again: the localStorage and IndexedDB value of 'probe'. */
async function readBack(profile: string, site: string, markers: string[]): Promise<Record<string, string | null>> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: executable(), headless: true, args: browserArgs });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${site}privacy/`);
    return await page.evaluate(async (markers) => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const open = indexedDB.open('probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => ok(open.result);
      });
      const idb = await new Promise<string | null>((ok) => {
        const get = db.transaction('s').objectStore('s').get('probe');
        get.onsuccess = () => ok((get.result as string | undefined) ?? null);
      });
      return { localStorage: localStorage.getItem('probe'), idb, ...Object.fromEntries(markers.map((m) => [m, localStorage.getItem(m)])) };
    }, markers);
  } finally {
    await context.close();
  }
}

async function trial(site: string, mechanism: Mechanism, delay: number): Promise<{ kept: boolean; writeMs: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'jiqun-persist-'));
  const running = await launch(profile);
  try {
    const page = await running.browser.contexts()[0]!.newPage();
    await page.goto(`${site}privacy/`);
    const writeMs = await write(page, mechanism, 'written');
    await new Promise((done) => setTimeout(done, delay));
    running.process.kill('SIGKILL');
    await running.exited;
    const back = await readBack(profile, site, []);
    return { kept: (mechanism === 'localStorage' ? back.localStorage : back.idb) === 'written', writeMs };
  } finally {
    if (running.process.exitCode === null && running.process.signalCode === null) running.process.kill('SIGKILL');
    await running.exited;
    rmSync(profile, { recursive: true, force: true });
  }
}

for (const mechanism of ['localStorage', 'idb-default', 'idb-strict', 'idb-uncommitted'] as const) {
  test(`SIGKILL after a ${mechanism} write`, async ({ baseURL }) => {
    const rows = [];
    for (const delay of DELAYS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await trial(baseURL!, mechanism, delay));
      rows.push({ killedAfterMs: delay, kept: runs.filter((r) => r.kept).length, of: runs.length, writeMs: runs.map((r) => Math.round(r.writeMs * 10) / 10) });
    }
    results[mechanism] = rows;
  });
}

/** Which page events ran (and what they wrote reached the disk) when the browser ended by `how`. */
async function lifecycle(site: string, how: 'SIGTERM' | 'close'): Promise<Record<string, string | null>> {
  const profile = mkdtempSync(join(tmpdir(), 'jiqun-persist-'));
  const running = await launch(profile);
  try {
    const page = await running.browser.contexts()[0]!.newPage();
    await page.goto(`${site}privacy/`);
    await page.evaluate(() => {
      const mark = (name: string) => () => localStorage.setItem(name, String(Date.now()));
      addEventListener('pagehide', mark('pagehide'));
      addEventListener('beforeunload', mark('beforeunload'));
      document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && mark('hidden')());
      localStorage.setItem('probe', 'before');
    });
    if (how === 'SIGTERM') running.process.kill('SIGTERM');
    else void (await running.browser.newBrowserCDPSession()).send('Browser.close').catch(() => undefined);
    await running.exited;
    return await readBack(profile, site, ['pagehide', 'beforeunload', 'hidden']);
  } finally {
    if (running.process.exitCode === null && running.process.signalCode === null) running.process.kill('SIGKILL');
    await running.exited;
    rmSync(profile, { recursive: true, force: true });
  }
}

test('page events when the browser ends', async ({ baseURL }) => {
  const seen = (r: Record<string, string | null>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v !== null]));
  results['onSigterm'] = seen(await lifecycle(baseURL!, 'SIGTERM'));
  results['onClose'] = seen(await lifecycle(baseURL!, 'close'));
});

test.afterAll(() => {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/persistence.json', JSON.stringify(results, null, 2) + '\n');
});
