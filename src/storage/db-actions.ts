// The draft store's list actions: create, rename, duplicate, import (as new, as a copy, or replacing), and
// recording an export. Built on the core store (db.ts), so revision checks and change news apply to all.
import type { FormValues } from '../forms/fieldValues';
import { DRAFT_SCHEMA_VERSION } from '../forms/draft';
import type { AnyDraft } from '../forms/registry';
import type { DraftStoreCore } from './db';
import { DraftStoreError, storeError } from './errors';
import { newDraftId, restoreDraft } from './restore';
import { readLabels } from './stored';
import { clusterNameOf, draftName } from './summary';
import type { DraftLabels } from './summary';

/** How to store a draft read from a file: as it is, as a copy beside an existing one, or replacing it. */
export type ImportChoice =
  | { readonly mode: 'new' }
  /** `title`: the copy's name in the list (default 「…（导入的副本）」). */
  | { readonly mode: 'copy'; readonly title?: string }
  /** `expectedRevision`: the existing draft's revision shown to the user; changed since → conflict, nothing replaced. */
  | { readonly mode: 'replace'; readonly expectedRevision: number };

export interface DraftActions {
  /** Create and save an empty draft for a notice. */
  /** A new draft of the notice; `values` are what it starts with (the province the start page asked for). */
  createDraft(noticeId: string, title?: string, values?: FormValues): Promise<{ draft: AnyDraft; revision: number }>;
  /** Set the name shown in the list (empty: show the 集群名称 again). Never touches the content. */
  renameDraft(id: string, title: string): Promise<void>;
  /** Save a copy under a new id, named 「…（副本）」; resolves with the copy's id. */
  duplicateDraft(id: string): Promise<string>;
  /** Store a restored draft read from a file; resolves with the id it was stored under. */
  importDraft(draft: AnyDraft, choice: ImportChoice, exportedAt?: string): Promise<string>;
  /** Record that these drafts were exported to a file at `at`; drafts deleted meanwhile are skipped. */
  markExported(ids: readonly string[], at: Date): Promise<void>;
  /** Give a draft stored under an id no address can hold (a lone surrogate) a new id; resolves with it. */
  rekeyDraft(key: string): Promise<string>;
}

/** The list actions over a core store. */
export function draftActions(store: DraftStoreCore): DraftActions {
  const stamp = () => store.now().toISOString();
  return {
    createDraft: async (noticeId, title, values = {}) => {
      const restored = restoreDraft({ version: DRAFT_SCHEMA_VERSION, id: newDraftId(), noticeId, createdAt: stamp(), values });
      if (!restored.ok) throw new Error(restored.error);
      const labels = title?.trim() ? { title: title.trim() } : undefined;
      const { revision } = await store.saveDraft(restored.draft, { expectedRevision: 0, touch: false, labels });
      return { draft: restored.draft, revision };
    },
    renameDraft: async (id, title) => {
      await store.backend.updateLabels(id, (old) => _withTitle(readLabels(old), title));
      store.feed.publish({ type: 'labels', id });
    },
    duplicateDraft: async (id) => {
      const loaded = await store.loadDraft(id);
      if (!loaded.ok) throw storeError(loaded.missing ? 'missing' : 'unknown', loaded.error);
      const at = stamp();
      const copy = { ...loaded.draft, id: newDraftId(), createdAt: at, updatedAt: at } as AnyDraft;
      const name = draftName(loaded.draft, clusterNameOf(loaded.draft));
      await store.saveDraft(copy, { expectedRevision: 0, touch: false, labels: { title: `${name}（副本）` } });
      return copy.id;
    },
    importDraft: async (draft, choice, exportedAt) => {
      const labels: DraftLabels = { ...(draft.title ? { title: draft.title } : {}), ...(exportedAt ? { lastExportedAt: exportedAt } : {}) };
      if (choice.mode === 'copy') {
        const copy = { ...draft, id: newDraftId() } as AnyDraft;
        const title = choice.title ?? `${draftName(draft, clusterNameOf(draft))}（导入的副本）`;
        await store.saveDraft(copy, { expectedRevision: 0, touch: false, labels: { ...labels, title } });
        return copy.id;
      }
      const expectedRevision = choice.mode === 'replace' ? choice.expectedRevision : 0;
      // Hint: replacing a record at revision 0 (an older app's, or one that cannot be read) is what the user chose.
      const legacy = choice.mode === 'replace' && expectedRevision === 0;
      await store.saveDraft(draft, { expectedRevision, touch: false, labels, legacy });
      // Hint: what a closed page left unsaved belonged to the draft the file replaces (or to a deleted one).
      store.journal.remove(draft.id);
      return draft.id;
    },
    markExported: async (ids, at) => {
      for (const id of ids) {
        try {
          await store.backend.updateLabels(id, (old) => ({ ...readLabels(old), lastExportedAt: at.toISOString() }));
          store.feed.publish({ type: 'labels', id });
        } catch (error) {
          if (!(error instanceof DraftStoreError && error.kind === 'missing')) throw error;
        }
      }
    },
    rekeyDraft: async (key) => {
      const raw = await store.backend.read(key);
      const restored = restoreDraft(raw?.draft);
      if (!restored.ok) throw storeError('unknown', `这份草稿无法读取：${restored.error}`);
      if (restored.draft.id === key) return key;
      // Hint: the copy is written before the old key goes, so a failure in between leaves two, never none.
      await store.saveDraft(restored.draft, { expectedRevision: 0, touch: false, labels: readLabels(raw?.labels) });
      await store.backend.remove(key);
      store.journal.remove(key);
      store.feed.publish({ type: 'deleted', id: key });
      return restored.draft.id;
    },
  };
}

function _withTitle(labels: DraftLabels, title: string): DraftLabels {
  const { title: _old, ...rest } = labels;
  return title.trim() ? { ...rest, title: title.trim() } : rest;
}
