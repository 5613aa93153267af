// When storage fails or holds something unexpected: every failure is a DraftStoreError with a kind and a Chinese
// message, nothing already stored is damaged, and reading odd data never throws.
import { DRAFT_SCHEMA_VERSION } from '../../../src/forms/draft';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openDraftStoreOrMemory } from '../../../src/storage/db';
import type { DraftStore } from '../../../src/storage/db';
import type { AnyDraft } from '../../../src/forms/registry';
import { toStoreError } from '../../../src/storage/errors';
import { freshProfile, openTestStore, rejection, simulateFullDisk } from './profile';
import { fixture } from './support';

/** What a newer app does in another tab: open (and so upgrade) the database at a higher version, then close. */
async function openAsNewerApp(name: string, version: number): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });
}

let store: DraftStore;
beforeEach(async () => {
  freshProfile();
  store = await openTestStore();
});
afterEach(() => {
  store.close();
  vi.unstubAllGlobals();
});

describe('a full disk', () => {
  test('is reported as quota with an export offer, and the last good save stays whole', async () => {
    const draft = fixture('hb-2024');
    await store.saveDraft(draft, { expectedRevision: 0 });
    const restore = await simulateFullDisk();
    const error = await rejection(store.saveDraft({ ...draft, values: {} } as AnyDraft, { expectedRevision: 1 }));
    restore();
    expect([error.kind, error.offerExport]).toEqual(['quota', true]);
    expect(error.message).toMatch(/存储空间已满.*导出备份/);
    expect(await store.loadDraft(draft.id)).toMatchObject({ ok: true, revision: 1, draft: { values: draft.values } });
    expect((await store.listDrafts())[0]?.revision).toBe(1);
  });

  test('a first save that fails leaves no half-written draft behind', async () => {
    const restore = await simulateFullDisk();
    await rejection(store.saveDraft(fixture('gd-2023'), { expectedRevision: 0 }));
    restore();
    expect(await store.listDrafts()).toEqual([]);
    expect(await store.loadDraft(fixture('gd-2023').id)).toMatchObject({ ok: false, missing: true });
  });
});

describe('no IndexedDB', () => {
  test('falls back to memory at once, with the reason to show', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { store: memory, problem } = await openDraftStoreOrMemory();
    expect(memory.persistent).toBe(false);
    expect(problem?.kind).toBe('unavailable');
    expect(problem?.message).toMatch(/不能使用本地存储.*导出文件/);
    await memory.saveDraft(fixture('gd-2023'), { expectedRevision: 0 });
    expect(await memory.listDrafts()).toHaveLength(1);
    memory.close();
  });

  test('an open that fails (private mode) is unavailable too', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    const { problem } = await openDraftStoreOrMemory({ name: 'private-mode' });
    open.mockRestore();
    expect(problem?.kind).toBe('unavailable');
  });
});

describe('another version of the app', () => {
  test('a database from a newer app cannot be opened: blocked, refresh', async () => {
    await openAsNewerApp('newer-app', 7);
    const { problem } = await openDraftStoreOrMemory({ name: 'newer-app' });
    expect([problem?.kind, problem?.message]).toEqual(['blocked', expect.stringContaining('刷新页面')]);
  });

  test('a newer app upgrading in another tab closes this tab’s store with a message', async () => {
    await openAsNewerApp('jiqun-shenbao', 2);
    const error = await rejection(store.saveDraft(fixture('gd-2023'), { expectedRevision: 0 }));
    expect([error.kind, error.message]).toEqual(['blocked', expect.stringContaining('新版本')]);
  });

  test('a draft saved by a newer app opens read-only and is never overwritten', async () => {
    const draft = fixture('hb-2024');
    await store.saveDraft(draft, { expectedRevision: 0 });
    const stored = await store.backend.read(draft.id);
    await store.backend.write(
      { id: draft.id, draft: { ...draft, version: DRAFT_SCHEMA_VERSION + 1, values: { ...draft.values, newField2030: '新版内容' } }, summary: { ...(stored!.summary as object), schemaVersion: DRAFT_SCHEMA_VERSION + 1, revision: 5 } },
      () => {},
    );
    const loaded = await store.loadDraft(draft.id);
    expect(loaded).toMatchObject({ ok: true, readOnly: true, revision: 5 });
    expect(loaded.ok && loaded.notes[0]).toMatch(/更新版本的应用保存.*只能查看/);
    expect(loaded.ok && loaded.draft.unplaced).toEqual([{ path: '/values/newField2030', value: '新版内容', reason: expect.any(String) }]);
    const error = await rejection(store.saveDraft(draft, { expectedRevision: 5 }));
    expect([error.kind, error.message]).toEqual(['conflict', expect.stringContaining('更新版本')]);
  });
});

describe('odd stored data', () => {
  test('a prototype (version 0) draft is migrated on load', async () => {
    const v0 = { id: 'old-1', noticeId: 'sc-2023', savedAt: '2023-07-01T08:00:00.000Z', values: { area: 12.5, clusterName: '成都市某产业' } };
    await store.backend.write({ id: 'old-1', draft: v0, summary: { id: 'old-1', revision: 3 } }, () => {});
    const loaded = await store.loadDraft('old-1');
    expect(loaded).toMatchObject({ ok: true, readOnly: false, revision: 3, draft: { version: DRAFT_SCHEMA_VERSION, formVersion: 'miit-2023', updatedAt: v0.savedAt, values: { area: '12.5' } } });
  });

  test('an unreadable draft is reported, with the stored data kept for export', async () => {
    await store.backend.write({ id: 'broken', draft: ['not', 'a', 'draft'], summary: { id: 'broken', revision: 1 } }, () => {});
    expect(await store.loadDraft('broken')).toEqual({ ok: false, missing: false, error: expect.stringContaining('不是草稿'), raw: ['not', 'a', 'draft'] });
    const [line] = await store.listDrafts();
    expect([line?.id, line?.readable, line?.name]).toEqual(['broken', 'unreadable', '无法读取的草稿（编号 broken）']);
  });

  test('a connection the browser closes (site data cleared) is reported on every later operation', async () => {
    store.close();
    const open = vi.spyOn(indexedDB, 'open');
    store = await openTestStore();
    const connection = open.mock.results[0]?.value as IDBOpenDBRequest;
    open.mockRestore();
    // Hint: fake-indexeddb's forceCloseDatabase is what DevTools' 「Clear site data」 does to an open connection.
    forceCloseDatabase(connection.result as never);
    const error = await rejection(store.saveDraft(fixture('gd-2023'), { expectedRevision: 0 }));
    expect([error.kind, error.message]).toEqual(['unavailable', expect.stringContaining('立即导出备份')]);
    expect((await rejection(store.listDrafts())).kind).toBe('unavailable');
  });
});

describe('error mapping', () => {
  test.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota'],
    [{ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' }, 'quota'],
    [new DOMException('x', 'InvalidStateError'), 'unavailable'],
    [new DOMException('x', 'VersionError'), 'blocked'],
    [new DOMException('Internal error opening backing store', 'UnknownError'), 'disk'],
    [new DOMException('Internal error: FILE_ERROR_NO_SPACE', 'UnknownError'), 'quota'],
    [new DOMException('IO error: /profile/IndexedDB/x.leveldb/000005.log: No space left on device', 'UnknownError'), 'quota'],
    [new DOMException('x', 'DataCloneError'), 'data'],
    [new DOMException('x', 'AbortError'), 'interrupted'],
    [new DOMException('x', 'TransactionInactiveError'), 'interrupted'],
    ['a string', 'unknown'],
  ])('%s → %s', (error, kind) => {
    const mapped = toStoreError(error);
    expect(mapped.kind).toBe(kind);
    // Hint: only Chinese for the official, with what to do; the browser's English stays in the cause.
    expect(mapped.message).toMatch(/[\u4e00-\u9fff]/);
    expect(mapped.message).not.toMatch(/Error|FILE_ERROR|backing store|No space/);
    expect(mapped.offerExport).toBe(true);
    expect(mapped.cause).toBe(error);
  });
});
