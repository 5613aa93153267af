// The draft store: what the official relies on — a save is kept whole, another tab's work is never overwritten,
// the list shows each draft, delete can be undone — on IndexedDB and on the in-memory fallback alike.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createChangeFeed } from '../../../src/storage/changes';
import type { DraftChange } from '../../../src/storage/changes';
import { createDraftStore } from '../../../src/storage/db';
import type { DraftStore } from '../../../src/storage/db';
import { memoryBackend } from '../../../src/storage/backend';
import { freshProfile, openTestStore, rejection } from './profile';
import { fixture, withValues } from './support';

const backends = {
  indexeddb: () => openTestStore(),
  memory: async () => createDraftStore(memoryBackend(), { feed: createChangeFeed(undefined) }),
};

describe.each(Object.entries(backends))('draft store on %s', (_, open) => {
  let store: DraftStore;
  beforeEach(async () => {
    freshProfile();
    store = await open();
  });
  afterEach(() => store.close());

  test.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('a saved %s draft loads back identical, at revision 1', async (notice) => {
    const draft = fixture(notice);
    const saved = await store.saveDraft(draft, { expectedRevision: 0, touch: false });
    expect(saved).toEqual({ revision: 1, updatedAt: draft.updatedAt });
    const loaded = await store.loadDraft(draft.id);
    expect(loaded).toEqual({ ok: true, draft, readOnly: false, notes: [], revision: 1, writer: '', legacy: false, migrated: false });
  });

  test('each save raises the revision and stamps updatedAt', async () => {
    const clock = new Date('2024-05-21T02:42:00.000Z');
    store = createDraftStore(store.backend, { feed: store.feed, now: () => clock });
    const draft = fixture('hb-2024');
    await store.saveDraft(draft, { expectedRevision: 0 });
    const second = await store.saveDraft(withValues(draft, { area: '37.00' }), { expectedRevision: 1 });
    expect(second).toEqual({ revision: 2, updatedAt: '2024-05-21T02:42:00.000Z' });
    const loaded = await store.loadDraft(draft.id);
    expect(loaded.ok && [loaded.revision, loaded.draft.values]).toMatchObject([2, { area: '37.00' }]);
  });

  test('a tab saving over a revision it did not see is refused, and the other tab’s work stays', async () => {
    const draft = fixture('hb-2024');
    await store.saveDraft(draft, { expectedRevision: 0 });
    await store.saveDraft(withValues(draft, { area: '40.00' }), { expectedRevision: 1 }); // tab A
    const error = await rejection(store.saveDraft(withValues(draft, { area: '1.00' }), { expectedRevision: 1 })); // tab B
    expect(error.kind).toBe('conflict');
    expect(error.message).toContain('另一个标签页');
    const loaded = await store.loadDraft(draft.id);
    expect(loaded.ok && loaded.draft.values).toMatchObject({ area: '40.00' });
  });

  test('creating a draft whose id exists is refused, not overwritten', async () => {
    await store.saveDraft(fixture('hb-2024'), { expectedRevision: 0 });
    const error = await rejection(store.saveDraft(fixture('hb-2024'), { expectedRevision: 0 }));
    expect(error.message).toContain('已有编号相同的草稿');
  });

  test('the list shows name, notice, last change and completeness, newest first', async () => {
    await store.saveDraft(fixture('gd-2023'), { expectedRevision: 0, touch: false });
    const { draft: empty } = await store.createDraft('sc-2023');
    const list = await store.listDrafts();
    expect(list.map((s) => [s.id, s.name, s.noticeId])).toEqual([
      [empty.id, '未命名草稿', 'sc-2023'],
      [fixture('gd-2023').id, '佛山市顺德区中小企业特色产业集群（小家电产业）', 'gd-2023'],
    ]);
    expect(list[0]?.completeness).toBe(0);
    expect(list[1]?.completeness).toBe(1);
  });

  test('renaming changes the list name only, and never conflicts with the editor', async () => {
    const draft = fixture('hb-2024');
    await store.saveDraft(draft, { expectedRevision: 0 });
    await store.renameDraft(draft.id, '  仙桃（报市局版）  ');
    await store.saveDraft(draft, { expectedRevision: 1 }); // the editor's next autosave
    const [line] = await store.listDrafts();
    expect([line?.name, line?.clusterName, line?.revision]).toEqual(['仙桃（报市局版）', '湖北省仙桃市非织造布产业', 2]);
    const loaded = await store.loadDraft(draft.id);
    expect(loaded.ok && loaded.draft.title).toBe('仙桃（报市局版）');
    await store.renameDraft(draft.id, ' ');
    expect((await store.listDrafts())[0]?.name).toBe('湖北省仙桃市非织造布产业');
  });

  test('renaming a deleted draft says it is gone', async () => {
    expect((await rejection(store.renameDraft('no-such-draft', '某名称'))).kind).toBe('missing');
  });

  test('a duplicate is a new draft with the same content, named as a copy', async () => {
    const draft = fixture('sc-2023');
    await store.saveDraft(draft, { expectedRevision: 0 });
    const copyId = await store.duplicateDraft(draft.id);
    const copy = await store.loadDraft(copyId);
    expect(copyId).not.toBe(draft.id);
    expect(copy.ok && copy.draft.values).toEqual(draft.values);
    expect(copy.ok && copy.draft.title).toMatch(/（副本）$/);
    expect((await store.listDrafts()).length).toBe(2);
  });

  test('delete removes the draft and undo puts it back exactly', async () => {
    const draft = fixture('gd-2023');
    await store.saveDraft(draft, { expectedRevision: 0 });
    await store.renameDraft(draft.id, '顺德家电');
    const before = await store.loadDraft(draft.id);
    const deleted = await store.deleteDraft(draft.id);
    expect(deleted?.name).toBe('顺德家电');
    expect(await store.listDrafts()).toEqual([]);
    expect(await store.loadDraft(draft.id)).toMatchObject({ ok: false, missing: true });
    await store.undoDelete(deleted!);
    expect(await store.loadDraft(draft.id)).toEqual(before);
  });

  test('an export is recorded per draft; a draft deleted meanwhile is skipped', async () => {
    const draft = fixture('gd-2023');
    await store.saveDraft(draft, { expectedRevision: 0 });
    await store.markExported(['deleted-meanwhile', draft.id], new Date('2024-05-20T09:00:00.000Z'));
    expect((await store.listDrafts())[0]?.lastExportedAt).toBe('2024-05-20T09:00:00.000Z');
    const loaded = await store.loadDraft(draft.id);
    expect(loaded.ok && loaded.lastExportedAt).toBe('2024-05-20T09:00:00.000Z');
  });

  test('every write is announced to the feed', async () => {
    const seen: DraftChange[] = [];
    store.feed.subscribe((change) => seen.push(change));
    const draft = fixture('gd-2023');
    await store.saveDraft(draft, { expectedRevision: 0 });
    await store.renameDraft(draft.id, '甲');
    await store.deleteDraft(draft.id);
    expect(seen).toEqual([
      { type: 'saved', id: draft.id, revision: 1 },
      { type: 'labels', id: draft.id },
      { type: 'deleted', id: draft.id },
    ]);
  });

  test('the store reports whether it persists', () => {
    expect(store.persistent).toBe(_ === 'indexeddb');
  });
});
