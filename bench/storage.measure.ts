// Storage timings: save latency of a full draft (target p95 ≤ 20 ms), opening the list of 200 drafts, loading
// one draft, reading an import file. Node + fake-indexeddb: a pure-JS IndexedDB, so these figures show the
// cost of our own code and structured cloning; the browser's figures come from the Playwright run.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { IDBFactory } from 'fake-indexeddb';
import { expect, test } from 'vitest';
import type { AnyDraft } from '../src/forms/registry';
import { createChangeFeed } from '../src/storage/changes';
import { openDraftStore } from '../src/storage/db';
import { exportDraftsFile, parseImportFile } from '../src/storage/file';
import { restoreDraft } from '../src/storage/restore';
import { fixtureDrafts } from '../tests/fixtures/drafts';

const full = fixtureDrafts['hb-2024'] as unknown as AnyDraft;
const all = Object.values(fixtureDrafts) as unknown as AnyDraft[];

async function timings(runs: number, work: (i: number) => Promise<unknown> | unknown) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => Number((ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)] ?? 0).toFixed(3));
  return { runs, p50: at(0.5), p95: at(0.95), max: at(1) };
}

const open = () => openDraftStore({ name: 'bench', feed: createChangeFeed(undefined) });

test('storage timings', async () => {
  globalThis.indexedDB = new IDBFactory();
  const store = await open();
  await store.saveDraft(full, { expectedRevision: 0 });
  const saveFull = await timings(500, (i) => store.saveDraft(full, { expectedRevision: i + 1 }));
  const large = { ...full, id: 'large', values: { ...full.values, planOverview: '规'.repeat(100_000) } } as AnyDraft;
  await store.saveDraft(large, { expectedRevision: 0 });
  const saveLarge = await timings(200, (i) => store.saveDraft(large, { expectedRevision: i + 1 }));
  await store.deleteDraft('large');
  for (let i = 1; i < 200; i++) {
    const draft = all[i % all.length]!;
    await store.saveDraft({ ...draft, id: `bench-${i}` } as AnyDraft, { expectedRevision: 0 });
  }
  expect(await store.listDrafts()).toHaveLength(200);
  const list200 = await timings(100, () => store.listDrafts());
  const openAndList200 = await timings(30, async () => {
    const fresh = await open();
    await fresh.listDrafts();
    fresh.close();
  });
  const loadFull = await timings(300, () => store.loadDraft(full.id));
  const restoreFull = await timings(1000, () => restoreDraft(full));
  const file200 = exportDraftsFile(Array.from({ length: 200 }, (_, i) => ({ ...all[i % all.length]!, id: `f-${i}` }) as AnyDraft));
  const importParse200 = await timings(10, () => parseImportFile(file200.text));
  store.close();

  const bytes = (draft: AnyDraft) => new TextEncoder().encode(JSON.stringify(draft)).length;
  const results = {
    environment: {
      runtime: `Node ${process.version}`,
      indexedDB: 'fake-indexeddb 6 (pure JavaScript, in memory)',
      cpu: cpus()[0]?.model ?? 'unknown',
      note: 'Node figures: our code, validation and structured cloning over an in-memory IndexedDB. Browser figures (real IndexedDB on disk) come from the Playwright run.',
    },
    unit: 'ms',
    saveFullDraft: { draftBytes: bytes(full), target: { p95: 20 }, ...saveFull },
    saveLargeDraft: { draftBytes: bytes(large), ...saveLarge },
    listDrafts200: list200,
    openStoreAndList200: openAndList200,
    loadFullDraft: loadFull,
    restoreFullDraft: restoreFull,
    parseImportFile200: { fileBytes: new TextEncoder().encode(file200.text).length, ...importParse200 },
  };
  writeFileSync('bench/results/storage.json', JSON.stringify(results, null, 2) + '\n');
  console.log(JSON.stringify(results, null, 2));
  expect(saveFull.p95).toBeLessThanOrEqual(20);
});
