// Where the wizard reads and writes drafts. Hint: a thin IndexedDB store until the storage module
// (src/storage) lands with restore, autosave and multi-tab safety; the wizard only uses these four calls.
import { openDB } from 'idb';
import { resolveNotice } from '../forms';
import { DRAFT_SCHEMA_VERSION } from '../forms/draft';
import type { EditableDraft } from './store';

const db = () => openDB('jiqun-shenbao', 1, { upgrade: (d) => d.createObjectStore('drafts', { keyPath: 'id' }) });

const journalKey = (id: string) => `jiqun-journal:${id}`;

/**
 * Write the draft synchronously to localStorage as the page goes away.
 * Hint: an IndexedDB write started in `pagehide` may never commit when the page is torn down (reload,
 * closed tab); localStorage writes are synchronous, so this journal survives and loadDraft replays it.
 */
export function journalDraft(draft: EditableDraft): void {
  try {
    localStorage.setItem(journalKey(draft.id), JSON.stringify({ ...draft, updatedAt: new Date().toISOString() }));
  } catch {
    // Hint: full or disabled localStorage leaves only the IndexedDB write, which the caller also makes.
  }
}

export async function loadDraft(id: string): Promise<EditableDraft | undefined> {
  const stored = (await (await db()).get('drafts', id)) as EditableDraft | undefined;
  const raw = localStorage.getItem(journalKey(id));
  const journal = raw ? (JSON.parse(raw) as EditableDraft) : undefined;
  const newer = journal && (!stored || String(journal['updatedAt']) > String(stored['updatedAt'])) ? journal : stored;
  if (newer && newer === journal) await saveDraft(journal);
  localStorage.removeItem(journalKey(id));
  return newer;
}

export async function saveDraft(draft: EditableDraft): Promise<void> {
  await (await db()).put('drafts', { ...draft, updatedAt: new Date().toISOString() });
}

export async function listDrafts(): Promise<EditableDraft[]> {
  return (await db()).getAll('drafts');
}

export async function createDraft(noticeId: string): Promise<EditableDraft> {
  const { form } = resolveNotice(noticeId);
  const now = new Date().toISOString();
  const draft = { version: DRAFT_SCHEMA_VERSION, id: crypto.randomUUID(), noticeId, formVersion: form.id, createdAt: now, updatedAt: now, values: {} };
  await saveDraft(draft);
  return draft;
}
