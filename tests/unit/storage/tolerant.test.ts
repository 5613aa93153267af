// Tolerant reading: a store holding a good draft beside a damaged record, a newer app's draft, one whose id has a
// lone surrogate and a prototype (version 0) draft lists every one of them, exports every one of them, and the
// old one saves; one bad record never hides the others.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../../../src/forms/draft';
import type { DraftStore } from '../../../src/storage/db';
import { collectForExport } from '../../../src/storage/exporting';
import { exportDraftsFile, parseImportFile } from '../../../src/storage/file';
import { openForEditing } from '../../../src/storage/opening';
import { freshProfile, openTestStore } from './profile';
import { fixture, withValues } from './support';

const LONE = 'id-\ud800-half';
const v0 = { id: 'old-1', noticeId: 'sc-2023', savedAt: '2023-07-01T08:00:00.000Z', values: { area: 12.5, clusterName: '原型版的集群' } };
const records = {
  good: () => ({ id: 'good', draft: fixture('gd-2023', 'good'), summary: { id: 'good', noticeId: 'gd-2023', updatedAt: '2024-05-20T00:00:00.000Z', revision: 1, schemaVersion: 1 } }),
  damaged: () => ({ id: 'damaged', draft: ['not', 'a', 'draft'], summary: 'garbage' }),
  newer: () => ({ id: 'newer', draft: { ...fixture('sc-2023', 'newer'), version: 9 }, summary: { id: 'newer', noticeId: 'sc-2023', updatedAt: '2030-01-01T00:00:00.000Z', revision: 4, schemaVersion: 9 } }),
  surrogate: () => ({ id: LONE, draft: fixture('hb-2024', LONE), summary: { id: LONE, noticeId: 'hb-2024', updatedAt: '2024-05-19T00:00:00.000Z', revision: 2, schemaVersion: 1 } }),
  version0: () => ({ id: 'old-1', draft: v0, summary: { id: 'old-1', noticeId: 'sc-2023', clusterName: '原型版的集群', updatedAt: v0.savedAt } }),
  noSummary: () => ({ id: 'bare', draft: fixture('sc-2023', 'bare'), summary: undefined }),
};

let store: DraftStore;
beforeEach(async () => {
  freshProfile();
  store = await openTestStore();
  for (const make of Object.values(records)) {
    const { id, draft, summary } = make();
    await store.backend.write({ id, draft, summary }, () => undefined);
  }
});
afterEach(() => store.close());

describe('a store of good and odd records', () => {
  test('lists all six, each with what it is, readable ones first', async () => {
    const lines = await store.listDrafts();
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(lines).toHaveLength(6);
    expect(Object.fromEntries(lines.map((l) => [l.id, l.readable]))).toEqual({ good: 'ok', damaged: 'unreadable', newer: 'newer', [LONE]: 'ok', 'old-1': 'ok', bare: 'ok' });
    expect(byId['damaged']).toMatchObject({ name: '无法读取的草稿（编号 damaged）', problem: expect.stringContaining('不是草稿') });
    expect(byId['newer']?.problem).toMatch(/请更新应用/);
    expect(byId[LONE]?.badId).toBe(true);
    expect(byId['bare']?.name).toBe(fixture('sc-2023').values.clusterName); // summary rebuilt from the draft
    expect(lines.at(-1)?.id).toBe('damaged');
  });

  test('exports all six: readable ones as drafts, the others exactly as stored, with the reason', async () => {
    const ids = (await store.listDrafts()).map((l) => l.id);
    const set = await collectForExport(store, ids);
    expect(set.drafts.map((d) => d.id).sort()).toEqual(['bare', 'good', 'old-1']);
    expect(set.unreadable.map((u) => u.id).sort()).toEqual(['damaged', LONE, 'newer'].sort());
    expect(set.unreadable.find((u) => u.id === 'damaged')).toMatchObject({ stored: ['not', 'a', 'draft'], reason: expect.stringContaining('不是草稿') });
    expect(set.unreadable.find((u) => u.id === 'newer')?.stored).toMatchObject({ version: 9 });
    const file = exportDraftsFile(set.drafts, new Date(2024, 4, 20), set.unreadable);
    expect(JSON.parse(file.text).unreadable).toHaveLength(3);
    // Hint: the file goes back in: readable ones import, the others are named with their reasons, none dropped.
    const parsed = await parseImportFile(file.text);
    expect(parsed.ok && parsed.items.map((i) => (i.ok ? (i.readOnly ? 'newer' : 'ok') : 'error')).sort()).toEqual(['error', 'newer', 'ok', 'ok', 'ok', 'ok']);
  });

  test('a version-0 draft opens migrated, is saved at once, and saves again after that', async () => {
    const loaded = await store.loadDraft('old-1');
    expect(loaded).toMatchObject({ ok: true, legacy: true, migrated: true, revision: 0, draft: { values: { area: '12.5' } } });
    if (!loaded.ok) return;
    const opened = await openForEditing(store, loaded);
    expect(opened.unsaved).toBe(true);
    const first = await store.saveDraft(opened.draft, { expectedRevision: 0, legacy: true });
    const second = await store.saveDraft(withValues(opened.draft, { area: '12.8' }), { expectedRevision: first.revision });
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(await store.loadDraft('old-1')).toMatchObject({ ok: true, legacy: false, migrated: false, draft: { version: DRAFT_SCHEMA_VERSION, values: { area: '12.8' } } });
  });

  test('an older record may be replaced only by a save that loaded it as such; a new draft never overwrites it', async () => {
    await expect(store.saveDraft(fixture('sc-2023', 'old-1'), { expectedRevision: 0 })).rejects.toMatchObject({ kind: 'conflict' });
  });

  test('an id with a lone surrogate is given a new one, content and name kept, the old key gone', async () => {
    const id = await store.rekeyDraft(LONE);
    expect(id).not.toBe(LONE);
    const lines = await store.listDrafts();
    expect(lines.map((l) => l.id)).not.toContain(LONE);
    expect(await store.loadDraft(id)).toMatchObject({ ok: true, draft: { values: fixture('hb-2024').values } });
  });
});

test('a file’s draft may replace a record that cannot be read, when the user chooses 替换', async () => {
  freshProfile();
  const fresh = await openTestStore();
  await fresh.backend.write({ id: 'good', draft: 'garbage', summary: 'garbage' }, () => undefined);
  const [line] = await fresh.listDrafts();
  await fresh.importDraft(fixture('gd-2023', 'good'), { mode: 'replace', expectedRevision: line!.revision });
  expect(await fresh.loadDraft('good')).toMatchObject({ ok: true, revision: 1 });
  fresh.close();
});
