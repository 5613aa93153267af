// The typing journal: what changed since the last save, written on every change (journal-store.ts keeps it in
// IndexedDB, which survives a crashed tab and a killed browser; see there for the measurements). Only the fields
// changed since the last save are written (usually the one being typed), so each keystroke costs little.
// A journal never overwrites what another page or an import saved since: it carries the revision its edits
// build on and the session that wrote it; where the stored draft moved on without it, the journalled changes
// are handed back as a recovered copy instead, so neither side is lost.
import type { AnyDraft } from '../forms/registry';
import type { JournalStore } from './journal-store';
import { isRecord } from './plain';
import { restoreDraft } from './restore';

/** Whose edits a journal holds: the stored revision they build on (and its time) and the page session making them. */
export interface JournalMeta {
  readonly baseRevision: number;
  readonly baseUpdatedAt: string;
  readonly writer: string;
}

/** What changed in a draft since a revision: values by field id (null: emptied), and the 自查 declarations. */
export interface DraftChanges {
  readonly values: Readonly<Record<string, unknown>>;
  readonly selfDeclared?: unknown;
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

/** Journal the changes not yet saved (issued at once; a failure costs only the journal). */
export function writeJournal(journal: JournalStore, id: string, changes: DraftChanges, meta: JournalMeta, at: Date = new Date()): void {
  journal.put(id, { at: at.toISOString(), ...meta, changes });
}

/**
 * Forget journals of drafts that no longer exist and that no tab has open (a tab that crashed after its draft
 * was deleted elsewhere); resolves with how many. Hint: without a way to see open tabs (no Web Locks) nothing
 * is forgotten, since an open tab's journal may be waiting for 「撤销」 of the delete.
 */
export async function sweepJournals(journal: JournalStore, stored: ReadonlySet<string>, open: ReadonlySet<string> | undefined): Promise<number> {
  if (!open) return 0;
  const orphans = (await journal.ids()).filter((id) => !stored.has(id) && !open.has(id));
  orphans.forEach((id) => journal.remove(id));
  return orphans.length;
}

/** JSON with object keys sorted, so two values compare by content, not by key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** Hint: the editor keeps unchanged values as the same objects, so identity settles most fields without a copy. */
function _same(a: unknown, b: unknown): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

/** What `draft` changes relative to `saved`; undefined when nothing. */
export function draftChanges(draft: AnyDraft, saved: AnyDraft): DraftChanges | undefined {
  const now = draft.values as Record<string, unknown>;
  const before = saved.values as Record<string, unknown>;
  const values: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(now), ...Object.keys(before)])) {
    if (!_same(now[key], before[key])) values[key] = now[key] ?? null;
  }
  const declared = (draft as { selfDeclared?: unknown }).selfDeclared;
  const declaredChanged = !_same(declared ?? null, (saved as { selfDeclared?: unknown }).selfDeclared ?? null);
  if (Object.keys(values).length === 0 && !declaredChanged) return undefined;
  return { values, ...(declaredChanged ? { selfDeclared: declared ?? {} } : {}) };
}

/** The stored draft with the changes applied (emptied values removed), as a document for restoreDraft. */
function _applied(stored: AnyDraft, changes: unknown): unknown {
  if (!isRecord(changes) || !isRecord(changes.values)) return undefined;
  const values: Record<string, unknown> = { ...(stored.values as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes.values)) {
    if (value === null) delete values[key];
    else values[key] = value;
  }
  return { ...stored, values, ...('selfDeclared' in changes ? { selfDeclared: changes.selfDeclared } : {}) };
}

/** The entry's edits build on the stored revision, or this page session saved it. */
function _own(entry: { baseRevision?: unknown; baseUpdatedAt?: unknown; writer?: unknown }, stored: StoredState): boolean {
  // Hint: the time guards against a draft deleted and imported again, whose revisions start over.
  const untouched = entry.baseRevision === stored.revision && entry.baseUpdatedAt === stored.draft.updatedAt;
  return untouched || (typeof entry.writer === 'string' && entry.writer !== '' && entry.writer === stored.writer);
}

/** Everything a draft holds but its save time and its list name (a label, kept apart from the content). */
function _content(draft: AnyDraft): string {
  const { updatedAt: _at, title: _title, ...content } = draft as AnyDraft & { title?: unknown };
  return canonicalJson(content);
}

/**
 * The journal of draft `id`, judged against the stored draft: nothing when damaged or changing nothing (the entry
 * is then removed); `replay` when no other page or import has saved since the journal's edits began (the stored
 * revision is the one they build on, or this page session saved it); else `recovered`.
 * Hint: a replayed or recovered entry stays until the caller has saved it (journal.remove), so a failed save
 * loses nothing. An entry may hold the whole draft (`draft`) instead of `changes`.
 */
export async function takeJournal(journal: JournalStore, id: string, stored: StoredState): Promise<JournalOutcome> {
  const found = await journal.get(id);
  if (found === undefined) return NONE;
  const drop = () => (journal.remove(id), NONE);
  try {
    if (!isRecord(found)) return drop();
    const entry = found as { at?: unknown; baseRevision?: unknown; baseUpdatedAt?: unknown; writer?: unknown; draft?: unknown; changes?: unknown };
    const restored = restoreDraft(entry.changes !== undefined ? _applied(stored.draft, entry.changes) : entry.draft);
    if (!restored.ok || restored.readOnly || restored.draft.id !== id) return drop();
    if (_content(restored.draft) === _content(stored.draft)) return drop();
    // Hint: written before the stored save began, it holds nothing that save lacks (a late copy of an old entry).
    const own = _own(entry, stored);
    if (own && typeof entry.at === 'string' && entry.at < stored.draft.updatedAt) return drop();
    return { kind: own ? 'replay' : 'recovered', draft: restored.draft };
  } catch {
    return drop();
  }
}
