// Collecting drafts for a file: every line of the list goes in, none silently left out. Drafts this version
// reads go into `drafts`; a damaged one, a newer app's or one of an unknown notice goes into `unreadable` exactly
// as stored, with the reason — a newer app (or a repaired file) can still import it.
import type { AnyDraft } from '../forms/registry';
import type { DraftStore } from './db';
import { toStoreError } from './errors';
import { plainJson } from './plain';
import { readLabels } from './stored';

/** A draft this version could not read, kept as stored (JSON) with why. */
export interface UnreadableDraft {
  /** The key it was stored under. */
  readonly id: string;
  /** Why it could not be read (Chinese). */
  readonly reason: string;
  /** Its name in the list, if it had one. */
  readonly title?: string;
  /** The stored document as plain JSON; null when the browser could not give it back at all. */
  readonly stored: unknown;
}

/** What a file of these drafts holds, and the ids of the readable ones (to record the export). */
export interface ExportSet {
  readonly drafts: readonly AnyDraft[];
  readonly unreadable: readonly UnreadableDraft[];
  readonly readIds: readonly string[];
}

/** Every draft named by `ids`, each read on its own: readable ones restored, the others as stored. */
export async function collectForExport(store: DraftStore, ids: readonly string[]): Promise<ExportSet> {
  const drafts: AnyDraft[] = [];
  const unreadable: UnreadableDraft[] = [];
  for (const id of ids) {
    const one = await _collectOne(store, id);
    if ('draft' in one) drafts.push(one.draft);
    else if (one.unreadable) unreadable.push(one.unreadable);
  }
  return { drafts, unreadable, readIds: drafts.map((d) => d.id) };
}

async function _collectOne(store: DraftStore, id: string): Promise<{ draft: AnyDraft } | { unreadable?: UnreadableDraft }> {
  try {
    const loaded = await store.loadDraft(id);
    if (loaded.ok && !loaded.readOnly && loaded.draft.id === id) return { draft: loaded.draft };
    if (!loaded.ok && loaded.missing) return {}; // deleted meanwhile: nothing to export
    const raw = await store.backend.read(id);
    const title = readLabels(raw?.labels).title;
    const reason = loaded.ok ? (loaded.draft.id !== id ? '草稿编号中有无法识别的字符。' : loaded.notes.join(' ')) : loaded.error;
    return { unreadable: { id, reason, ...(title ? { title } : {}), stored: plainJson(raw?.draft) } };
  } catch (error) {
    return { unreadable: { id, reason: toStoreError(error).message, stored: null } };
  }
}
