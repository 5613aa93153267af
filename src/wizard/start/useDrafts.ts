// The drafts list of this computer, kept fresh: re-read whenever this or another tab changes a draft.
import { useEffect, useState } from 'preact/hooks';
import { openDraftIds, sweepJournals } from '../../storage';
import type { DraftStore, DraftStoreError, DraftSummary } from '../../storage';
import { ATTACHMENT_GRACE_MS, attachmentStore, draftStore } from '../persistence';

export interface DraftsState {
  store?: DraftStore;
  problem?: DraftStoreError;
  drafts: DraftSummary[] | null;
  error?: string;
}

/** Files of drafts deleted more than the 撤销 window ago (or gone otherwise) are deleted; a failure waits for the next visit. */
async function _sweepAttachments(store: DraftStore): Promise<void> {
  const files = (await attachmentStore()).store;
  if (!files || !store.persistent) return;
  const ids = new Set([...(await store.listDrafts()).map((d) => d.id), ...((await openDraftIds()) ?? [])]);
  await files.sweep(ids, new Date(), ATTACHMENT_GRACE_MS).catch(() => undefined);
}

export function useDrafts(): DraftsState & { refresh: () => void } {
  const [state, setState] = useState<DraftsState>({ drafts: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    void draftStore().then(async ({ store, problem }) => {
      const read = () =>
        store.listDrafts().then(
          (drafts) => setState({ store, problem, drafts }),
          (e: unknown) => setState({ store, problem, drafts: [], error: e instanceof Error ? e.message : String(e) }),
        );
      await read();
      // Hint: once per page load, not on every change: this page may be offering 「撤销」 for a delete right now.
      if (tick === 0) void Promise.all([store.listDrafts(), openDraftIds()]).then(([all, open]) => sweepJournals(store.journal, new Set(all.map((d) => d.id)), open));
      if (tick === 0) void _sweepAttachments(store);
      unsubscribe = store.feed.subscribe(() => void read());
    });
    return () => unsubscribe?.();
  }, [tick]);
  return { ...state, refresh: () => setTick((t) => t + 1) };
}
