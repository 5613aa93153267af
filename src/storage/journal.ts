// The pagehide journal: the draft written synchronously to localStorage as the page goes away.
// Hint: an IndexedDB write started in `pagehide` may never commit when the page is torn down (reload, closing
// the tab) — measured in Chromium: the last second of typing was lost on an immediate reload. localStorage
// writes are synchronous, so this copy survives and the next load replays it.
// A journal never overwrites what another page or an import saved since: it carries the revision its edits
// build on and the session that wrote it; where the stored draft moved on without it, the journalled text is
// handed back as a recovered copy instead, so neither side is lost.
import type { AnyDraft } from '../forms/registry';
import { isRecord } from './plain';
import { restoreDraft } from './restore';

/** The part of Web Storage used here (injectable for tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Whose edits a journal holds: the stored revision they build on (and its time) and the page session making them. */
export interface JournalMeta {
  readonly baseRevision: number;
  readonly baseUpdatedAt: string;
  readonly writer: string;
}

/** What the stored draft is now, to judge a journal against. */
export interface StoredState {
  readonly revision: number;
  readonly writer: string;
  readonly draft: AnyDraft;
}

/** `replay`: this page's own later edits, safe to save over the stored draft; `recovered`: keep beside it. */
export type JournalOutcome = { readonly kind: 'none' } | { readonly kind: 'replay' | 'recovered'; readonly draft: AnyDraft };

const NONE: JournalOutcome = { kind: 'none' };
const keyOf = (id: string) => `jiqun-shenbao:journal:${id}`;

function _storage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Write the draft as it is now; a full or disabled localStorage leaves only the IndexedDB save. */
export function writeJournal(draft: AnyDraft, meta: JournalMeta, at: Date = new Date(), storage: StorageLike | undefined = _storage()): boolean {
  try {
    storage?.setItem(keyOf(draft.id), JSON.stringify({ at: at.toISOString(), ...meta, draft }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forget a draft's journal: its content was saved, or the draft was deleted or replaced. */
export function removeJournal(id: string, storage: StorageLike | undefined = _storage()): void {
  try {
    storage?.removeItem(keyOf(id));
  } catch {
    // Hint: a disabled localStorage holds no journal to forget.
  }
}

/** JSON with object keys sorted, so two drafts compare by content, not by key order. */
function _canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(_canonical).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${_canonical(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Everything a draft holds but its save time and its list name (a label, kept apart from the content). */
function _content(draft: AnyDraft): string {
  const { updatedAt: _at, title: _title, ...content } = draft as AnyDraft & { title?: unknown };
  return _canonical(content);
}

/**
 * The journal of draft `id`, judged against the stored draft: nothing when damaged or holding what is stored
 * (the entry is then removed); `replay` when no other page or import has saved since the journal's edits began
 * (the stored revision is the one they build on, or this page session saved it); else `recovered`.
 * Hint: a replayed or recovered entry stays until the caller has saved it (removeJournal), so a failed save
 * loses nothing.
 */
export function takeJournal(id: string, stored: StoredState, storage: StorageLike | undefined = _storage()): JournalOutcome {
  const raw = storage?.getItem(keyOf(id));
  if (!raw) return NONE;
  const drop = () => (removeJournal(id, storage), NONE);
  try {
    const entry = JSON.parse(raw) as { baseRevision?: unknown; baseUpdatedAt?: unknown; writer?: unknown; draft?: unknown };
    const restored = restoreDraft(entry.draft);
    if (!restored.ok || restored.readOnly || restored.draft.id !== id) return drop();
    if (_content(restored.draft) === _content(stored.draft)) return drop();
    // Hint: the time guards against a draft deleted and imported again, whose revisions start over.
    const untouched = entry.baseRevision === stored.revision && entry.baseUpdatedAt === stored.draft.updatedAt;
    const own = untouched || (typeof entry.writer === 'string' && entry.writer !== '' && entry.writer === stored.writer);
    return { kind: own ? 'replay' : 'recovered', draft: restored.draft };
  } catch {
    return drop();
  }
}
