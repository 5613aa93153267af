// Autosave as the official experiences it: typing is saved within a second even while it goes on, every change
// is journalled at once, closing the page saves at once, a failure says why and keeps the typing, and memory-only
// work is never called saved.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosave, MEMORY_ONLY_TEXT } from '../../../src/storage/autosave';
import { flushWhenHidden } from '../../../src/storage/leaving';
import { takeJournal } from '../../../src/storage/journal';
import { memoryJournalStore } from '../../../src/storage/journal-store';
import type { SaveStatus } from '../../../src/storage/autosave';
import { memoryBackend } from '../../../src/storage/backend';
import { createChangeFeed } from '../../../src/storage/changes';
import { createDraftStore } from '../../../src/storage/db';
import type { DraftStore } from '../../../src/storage/db';
import { freshProfile, openTestStore, simulateFullDisk } from './profile';
import { fixture, withValues } from './support';
import { eventually } from '../../support/eventually';

let store: DraftStore;
const draft = fixture('hb-2024');
const typed = (area: string) => withValues(draft, { area });
const areaIn = async (s: DraftStore = store) => {
  const loaded = await s.loadDraft(draft.id);
  return loaded.ok ? (loaded.draft.values as { area?: string }).area : undefined;
};

beforeEach(async () => {
  freshProfile();
  store = await openTestStore();
  await store.saveDraft(draft, { expectedRevision: 0 });
  // Hint: only the timers autosave uses are faked; fake-indexeddb runs on setImmediate.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date(2024, 4, 20, 10, 42, 5));
});
afterEach(() => {
  vi.useRealTimers();
  store.close();
});

const memoryStorage = memoryJournalStore;

describe('saving while typing', () => {
  test('a pause: saved once, half a second after the last keystroke, and it says when', async () => {
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ store, revision: 1, onStatus: (s) => statuses.push(s) });
    for (const area of ['3', '36', '36.5']) {
      autosave.change(typed(area));
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(await areaIn()).toBe('36.50'); // the fixture's value: 600 ms of typing, nothing saved yet
    await vi.advanceTimersByTimeAsync(300);
    await eventually(() => expect(autosave.status.state).toBe('saved'));
    expect(await areaIn()).toBe('36.5');
    expect(autosave.status.text).toBe('已保存 10:42');
    expect(autosave.revision).toBe(2);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);
    expect(statuses[0]?.text).toBe('正在保存…');
  });

  test('steady typing (a key every 200 ms) is saved at least every 750 ms, not only when it stops', async () => {
    const started = Date.now();
    const savesAt: number[] = [];
    const autosave = createAutosave({ store, revision: 1, onStatus: (s) => void (s.state === 'saving' && savesAt.push(Date.now() - started)) });
    for (let i = 1; i <= 15; i++) {
      autosave.change(typed(String(i)));
      await vi.advanceTimersByTimeAsync(200);
    }
    // Hint: 3 s of typing; a debounce alone would not have saved once before it stopped.
    expect(savesAt.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...savesAt.map((t, i) => t - (savesAt[i - 1] ?? 0)))).toBeLessThanOrEqual(800);
    await autosave.flush();
    expect(await areaIn()).toBe('15');
  });

  test('never waits longer than one second, whatever delay is asked', async () => {
    const autosave = createAutosave({ store, revision: 1, delayMs: 5000, maxWaitMs: 5000 });
    autosave.change(typed('99'));
    await vi.advanceTimersByTimeAsync(1000);
    await eventually(() => expect(autosave.status.state).toBe('saved'));
  });

  test('a change made while saving is saved right after', async () => {
    const autosave = createAutosave({ store, revision: 1 });
    autosave.change(typed('1'));
    const first = autosave.flush();
    autosave.change(typed('2'));
    await first;
    await autosave.flush();
    expect([await areaIn(), autosave.revision]).toEqual(['2', 3]);
  });
});

describe('the journal', () => {
  const stored = () => ({ revision: autosave.revision, writer: 'page-a', draft });
  let autosave: ReturnType<typeof createAutosave>;

  test('every change is journalled at once, only the changed field; a save that has everything removes it', async () => {
    const journal = memoryStorage();
    autosave = createAutosave({ store, revision: 1, saved: draft, journal, writer: 'page-a' });
    autosave.change(typed('4'));
    autosave.change(typed('41'));
    const entry = [...journal.map.values()][0] as { changes: { values: Record<string, unknown> }; baseRevision: number };
    expect([entry.baseRevision, entry.changes.values]).toEqual([1, { area: '41' }]);
    // Hint: what a crashed page leaves is what the next opening puts back.
    const outcome = await takeJournal(journal, draft.id, stored());
    expect(outcome.kind === 'replay' && outcome.draft.values).toEqual(typed('41').values);
    await autosave.flush();
    expect(journal.map.size).toBe(0);
  });

  test('typing during a save stays journalled against the new revision', async () => {
    const journal = memoryStorage();
    const afterFirstSave: unknown[] = [];
    const onStatus = (s: SaveStatus) => void (s.state === 'saved' && afterFirstSave.length === 0 && afterFirstSave.push([...journal.map.values()][0]));
    autosave = createAutosave({ store, revision: 1, saved: draft, journal, writer: 'page-a', onStatus });
    autosave.change(typed('5'));
    const saving = autosave.flush();
    autosave.change(withValues(typed('5'), { clusterName: '仙桃市非织造布产业集群（续）' }));
    await saving;
    expect(afterFirstSave[0]).toMatchObject({ baseRevision: 2, changes: { values: { clusterName: '仙桃市非织造布产业集群（续）' } } });
    expect(journal.map.size).toBe(0); // the second change was saved right after
  });

  test('typing back what was saved leaves no journal', () => {
    const journal = memoryStorage();
    autosave = createAutosave({ store, revision: 1, saved: draft, journal });
    autosave.change(typed('1'));
    autosave.change(draft);
    expect(journal.map.size).toBe(0);
  });

  test('a store that keeps nothing on disk gets no journal', () => {
    const journal = memoryStorage();
    const memory = createDraftStore(memoryBackend(), { feed: createChangeFeed(undefined) });
    createAutosave({ store: memory, revision: 1, saved: draft, journal }).change(typed('1'));
    expect(journal.map.size).toBe(0);
  });
});

describe('another page saved the draft (follow.ts)', () => {
  test('held, changes are journalled but not saved; rebased, they are saved over the new revision', async () => {
    const journal = memoryStorage();
    const autosave = createAutosave({ store, revision: 1, saved: draft, journal });
    autosave.hold();
    autosave.change(typed('8'));
    await vi.advanceTimersByTimeAsync(2000);
    expect([await areaIn(), journal.map.size]).toEqual(['36.50', 1]);
    const other = await store.saveDraft(withValues(draft, { clusterName: '另一个版本' }), { expectedRevision: 1 });
    autosave.rebase({ revision: other.revision, updatedAt: other.updatedAt, saved: withValues(draft, { clusterName: '另一个版本' }) });
    await vi.advanceTimersByTimeAsync(1000);
    await eventually(() => expect(autosave.status.state).toBe('saved'));
    expect([await areaIn(), autosave.revision]).toEqual(['8', 3]);
  });

  test('forget drops what was not saved and its journal (all data cleared)', () => {
    const journal = memoryStorage();
    const autosave = createAutosave({ store, revision: 1, saved: draft, journal });
    autosave.change(typed('9'));
    autosave.forget();
    expect([autosave.pending, journal.map.size]).toEqual([false, 0]);
  });
});

describe('leaving the page', () => {
  test('flush hands the write to IndexedDB at once, before anything else can run (pagehide)', async () => {
    const autosave = createAutosave({ store, revision: 1 });
    autosave.change(typed('77'));
    void autosave.flush();
    // Hint: this read's transaction is created after flush returned; it sees the write only if flush issued it synchronously.
    expect(await areaIn()).toBe('77');
  });

  test('visibilitychange → hidden and pagehide both save pending typing', async () => {
    const page = { document: Object.assign(new EventTarget(), { visibilityState: 'hidden' as DocumentVisibilityState }), window: new EventTarget() };
    const autosave = createAutosave({ store, revision: 1 });
    const remove = flushWhenHidden(autosave, page);
    autosave.change(typed('10'));
    page.document.dispatchEvent(new Event('visibilitychange'));
    expect(await areaIn()).toBe('10');
    autosave.change(typed('11'));
    page.window.dispatchEvent(new Event('pagehide'));
    expect(await areaIn()).toBe('11');
    remove();
    autosave.change(typed('12'));
    page.window.dispatchEvent(new Event('pagehide'));
    expect(await areaIn()).toBe('11');
  });

  test('leaving is questioned only while work is not safely stored', async () => {
    const page = { document: Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState }), window: new EventTarget() };
    const memory = createDraftStore(memoryBackend(), { feed: createChangeFeed(undefined) });
    const autosave = createAutosave({ store: memory, revision: 0 });
    flushWhenHidden(autosave, page);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      page.window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    autosave.change(draft);
    await autosave.flush();
    expect(leave()).toBe(true);
  });
});

describe('when saving fails', () => {
  test('a full disk is shown with the reason, and the typing is saved once space is back', async () => {
    const autosave = createAutosave({ store, revision: 1 });
    const restore = await simulateFullDisk();
    autosave.change(typed('55'));
    const failed = await autosave.flush();
    expect([failed.state, failed.offerExport, failed.error?.kind]).toEqual(['error', true, 'quota']);
    expect(failed.text).toMatch(/^保存失败：.*存储空间已满.*导出备份/);
    restore();
    expect((await autosave.flush()).state).toBe('saved');
    expect(await areaIn()).toBe('55');
  });

  test('another tab’s save is not overwritten: conflict, and this tab keeps its typing unsaved', async () => {
    const tabA = createAutosave({ store, revision: 1 });
    const tabB = createAutosave({ store, revision: 1 });
    tabA.change(typed('A'));
    await tabA.flush();
    tabB.change(typed('B'));
    const status = await tabB.flush();
    expect([status.state, status.error?.kind]).toEqual(['error', 'conflict']);
    expect(await areaIn()).toBe('A');
  });

  test('without IndexedDB the status says so from the start, never claims to save, and offers export', async () => {
    const memory = createDraftStore(memoryBackend(), { feed: createChangeFeed(undefined) });
    const firstSave = vi.fn();
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ store: memory, revision: 0, onFirstSave: firstSave, onStatus: (s) => statuses.push(s) });
    const memoryOnly = { state: 'memory', text: MEMORY_ONLY_TEXT, offerExport: true };
    expect(autosave.status).toEqual(memoryOnly);
    autosave.change(draft);
    await autosave.flush();
    expect(new Set(statuses.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify(memoryOnly)]));
    expect(firstSave).not.toHaveBeenCalled();
    expect(await memory.listDrafts()).toHaveLength(1); // kept for this page: the list and export still work
  });

  test('the first save that reaches IndexedDB is the moment to ask for persistence, once', async () => {
    const firstSave = vi.fn();
    const autosave = createAutosave({ store, revision: 1, onFirstSave: firstSave });
    autosave.change(typed('1'));
    await autosave.flush();
    autosave.change(typed('2'));
    await autosave.flush();
    expect(firstSave).toHaveBeenCalledTimes(1);
  });
});
