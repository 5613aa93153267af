// Autosave: every change is journalled at once (journal.ts) and saved to IndexedDB half a second after the last
// keystroke, and at least every `maxWaitMs` while the official types on; at once on flush() (the page calls it
// when hidden or left, see leaving.ts). Its status is what the official reads.
// Hint: a debounce alone never fires while someone types steadily (a key every 150–300 ms), and a killed browser
// then took everything since the last pause with it (issue 16; figures in bench/results/faults.json).
import type { AnyDraft } from '../forms/registry';
import { autosaveState, MEMORY_STATUS, saveOnce, saveTimer } from './autosave-parts';
export { MEMORY_ONLY_TEXT } from './autosave-parts';
import type { DraftStore } from './db';
import type { DraftStoreError } from './errors';
import type { JournalStore } from './journal-store';

/** `pending`: a change waits for the debounce; `memory`: kept in this page only (no IndexedDB), never 「已保存」. */
export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'memory' | 'error';

export interface SaveStatus {
  readonly state: SaveState;
  /** What to show: 「正在保存…」「已保存 10:42」「保存失败：…」「未保存到本机：…」. */
  readonly text: string;
  readonly savedAt?: Date;
  readonly error?: DraftStoreError;
  /** Offer 「导出备份」 now: after a failure, and always while drafts live only in memory. */
  readonly offerExport: boolean;
}

export interface AutosaveOptions {
  readonly store: DraftStore;
  /** Revision of the draft as loaded (0: a draft of an older app that kept no revisions). */
  readonly revision: number;
  /** The loaded draft's updatedAt (its revision's time). */
  readonly updatedAt?: string;
  /** The content stored at `revision`: changes are journalled against it. Without it, nothing is journalled. */
  readonly saved?: AnyDraft;
  /** Where the journal goes; default the store's (none for a store that keeps nothing on disk). */
  readonly journal?: JournalStore | null;
  /** This page session, recorded with each save (see journal.ts). */
  readonly writer?: string;
  /** Debounce after the last change, at most 1000 ms; default 500. */
  readonly delayMs?: number;
  /** Longest wait for a save while changes keep coming, at most 1000 ms; default 750. */
  readonly maxWaitMs?: number;
  /** The stored record is an older app's without a revision (LoadResult.legacy): the first save replaces it. */
  readonly legacy?: boolean;
  readonly onStatus?: (status: SaveStatus) => void;
  /** Called after the first save that reached IndexedDB: the moment to ask navigator.storage.persist(). */
  readonly onFirstSave?: () => void;
  readonly now?: () => Date;
}

export interface Autosave {
  /** The draft changed: the whole current draft (values are small; one put saves it atomically). */
  change(draft: AnyDraft): void;
  /** Save any pending change now (`durable`: committed to disk before resolving); resolves with the resulting status. */
  flush(options?: { durable?: boolean }): Promise<SaveStatus>;
  readonly status: SaveStatus;
  /** The revision last saved (or loaded). */
  readonly revision: number;
  /** The updatedAt of that revision. */
  readonly updatedAt: string;
  /** A change waits to be saved (or failed to save). */
  readonly pending: boolean;
  /** When the last change came (Date.now()), 0 before any. */
  readonly lastChangeAt: number;
  /** A save is under way. */
  readonly saving: boolean;
  /** Stop saving for a while (another page saved the draft; see follow.ts); changes are still journalled. */
  hold(): void;
  /** The stored draft is now `saved` at `revision`: later saves build on it. Ends a hold; pending changes are saved. */
  rebase(base: { revision: number; updatedAt: string; saved: AnyDraft }): void;
  /** Write the journal again (another page removed it, e.g. deleting the draft, which may be undone). */
  rejournal(): void;
  /** Drop pending changes and the journal: the draft is gone for good (「清除本机全部数据」). */
  forget(): void;
  /** Stop the timer; call flush() first when leaving the draft. The journal stays while anything is unsaved. */
  dispose(): void;
}

const SAVING: SaveStatus = { state: 'saving', text: '正在保存…', offerExport: false };
const PENDING: SaveStatus = { state: 'pending', text: '正在保存…', offerExport: false };
const MEMORY = MEMORY_STATUS;

/** Start autosaving one draft into `store`. */
export function createAutosave(options: AutosaveOptions): Autosave {
  const state = autosaveState(options);
  const timing = saveTimer(options, () => void run());
  const report = (next: SaveStatus) => {
    state.status = next;
    options.onStatus?.(next);
    return next;
  };
  let durable = false;
  const drain = async (): Promise<SaveStatus> => {
    while (state.pending && !state.held) {
      const draft = state.pending;
      state.pending = undefined;
      timing.taken();
      report(state.persistent ? SAVING : MEMORY);
      // Hint: after a failure stop here; the next change or flush tries again (a full disk may have been freed).
      if ((await saveOnce(options, state, draft, durable, report)).state === 'error') break;
    }
    durable = false;
    return state.status;
  };
  let running: Promise<SaveStatus> | undefined;
  const run = (): Promise<SaveStatus> => {
    timing.cancel();
    if (running) return running.then(() => (state.pending && !state.held ? run() : state.status));
    running = drain().finally(() => (running = undefined));
    return running;
  };
  const changed = () => {
    if (state.status.state !== 'error') report(state.persistent ? PENDING : MEMORY);
    if (!state.held) timing.schedule();
  };
  return {
    change(draft) {
      state.pending = draft;
      state.lastChangeAt = Date.now();
      state.journal(draft);
      changed();
    },
    flush(flushOptions) {
      durable ||= flushOptions?.durable === true;
      return state.pending || running ? run() : Promise.resolve(state.status);
    },
    get status() {
      return state.status;
    },
    get revision() {
      return state.revision;
    },
    get updatedAt() {
      return state.updatedAt;
    },
    get pending() {
      return state.pending !== undefined || state.status.state === 'error';
    },
    get lastChangeAt() {
      return state.lastChangeAt;
    },
    get saving() {
      return running !== undefined;
    },
    hold() {
      state.held = true;
      timing.cancel();
    },
    rebase({ revision, updatedAt, saved }) {
      Object.assign(state, { revision, updatedAt, saved, held: false, legacy: false });
      if (state.status.state === 'error') report(state.persistent ? PENDING : MEMORY);
      state.journal(state.pending);
      if (state.pending) changed();
    },
    rejournal: () => state.journal(state.pending),
    forget() {
      state.pending = undefined;
      timing.cancel();
      state.journal(undefined);
    },
    dispose: () => timing.cancel(),
  };
}
