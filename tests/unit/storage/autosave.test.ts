// Autosave as the official experiences it: typing is saved within a second, closing the page saves at once,
// a failure says why and keeps the typing, and memory-only work is never called saved.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createAutosave, flushWhenHidden, MEMORY_ONLY_TEXT } from '../../../src/storage/autosave';
import type { SaveStatus } from '../../../src/storage/autosave';
import { memoryBackend } from '../../../src/storage/backend';
import { createChangeFeed } from '../../../src/storage/changes';
import { createDraftStore } from '../../../src/storage/db';
import type { DraftStore } from '../../../src/storage/db';
import { freshProfile, openTestStore, simulateFullDisk } from './profile';
import { fixture, withValues } from './support';

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

describe('debounced saving', () => {
  test('saves once, within a second of the last keystroke, and says when', async () => {
    const statuses: SaveStatus[] = [];
    const autosave = createAutosave({ store, revision: 1, delayMs: 800, onStatus: (s) => statuses.push(s) });
    for (const area of ['3', '36', '36.5']) {
      autosave.change(typed(area));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(await areaIn()).toBe('36.50'); // the fixture's value: nothing saved while typing
    await vi.advanceTimersByTimeAsync(500);
    await vi.waitFor(() => expect(autosave.status.state).toBe('saved'));
    expect(await areaIn()).toBe('36.5');
    expect(autosave.status.text).toBe('已保存 10:42');
    expect(autosave.revision).toBe(2);
    expect(statuses.map((s) => s.state)).toEqual(['pending', 'pending', 'pending', 'saving', 'saved']);
    expect(statuses[0]?.text).toBe('正在保存…');
  });

  test('never waits longer than one second, whatever delay is asked', async () => {
    const autosave = createAutosave({ store, revision: 1, delayMs: 5000 });
    autosave.change(typed('99'));
    await vi.advanceTimersByTimeAsync(1000);
    await vi.waitFor(() => expect(autosave.status.state).toBe('saved'));
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
    expect(failed.text).toMatch(/^保存失败：浏览器的存储空间已满.*导出备份/);
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
