// The pagehide journal: the draft written synchronously to localStorage as the page goes away.
// Hint: an IndexedDB write started in `pagehide` may never commit when the page is torn down (reload, closing
// the tab) — measured in Chromium: the last second of typing was lost on an immediate reload. localStorage
// writes are synchronous, so this copy survives; the next load replays it when it is newer than the stored draft.
import type { AnyDraft } from '../forms/registry';
import { restoreDraft } from './restore';

/** The part of Web Storage used here (injectable for tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const keyOf = (id: string) => `jiqun-shenbao:journal:${id}`;

function _storage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Write the draft as it is now, with the time; a full or disabled localStorage leaves only the IndexedDB save. */
export function writeJournal(draft: AnyDraft, at: Date = new Date(), storage: StorageLike | undefined = _storage()): boolean {
  try {
    storage?.setItem(keyOf(draft.id), JSON.stringify({ at: at.toISOString(), draft }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/**
 * The journalled draft if it is newer than the stored one (written after the stored draft's last save began),
 * restored like any other input; the entry is removed either way.
 */
export function takeJournal(id: string, storedUpdatedAt: string, storage: StorageLike | undefined = _storage()): AnyDraft | undefined {
  const raw = storage?.getItem(keyOf(id));
  if (!raw) return undefined;
  storage?.removeItem(keyOf(id));
  try {
    const { at, draft } = JSON.parse(raw) as { at?: unknown; draft?: unknown };
    if (typeof at !== 'string' || !(at > storedUpdatedAt)) return undefined;
    const restored = restoreDraft(draft);
    return restored.ok && !restored.readOnly && restored.draft.id === id ? restored.draft : undefined;
  } catch {
    return undefined;
  }
}
