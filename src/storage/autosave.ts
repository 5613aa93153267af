// Autosave: every change is journalled at once (journal.ts) and saved to IndexedDB half a second after the last
// keystroke, and at least every `maxWaitMs` while the official types on; at once on flush() (the page calls it
// when hidden or left, see leaving.ts). Its status is what the official reads.
// Hint: a debounce alone never fires while someone types steadily (a key every 150–300 ms), and a killed browser
// then took everything since the last pause with it (issue 16; figures in bench/results/faults.json).
import type { AnyDraft } from '../forms/registry';
import type { DraftStore } from './db';
import type { DraftStoreError } from './errors';
import { toStoreError } from './errors';
import { clockTime } from './format';
import { draftChanges, writeJournal } from './journal';
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

export const MEMORY_ONLY_TEXT = '未保存到本机：此浏览器不能使用本地存储，内容只暂存在本标签页中，关闭标签页即丢失。请导出文件保存。';
const SAVING: SaveStatus = { state: 'saving', text: '正在保存…', offerExport: false };
const PENDING: SaveStatus = { state: 'pending', text: '正在保存…', offerExport: false };
const MEMORY: SaveStatus = { state: 'memory', text: MEMORY_ONLY_TEXT, offerExport: true };

/** Start autosaving one draft into `store`. */
export function createAutosave(options: AutosaveOptions): Autosave {
  const state = _state(options);
  const timing = _timing(options, () => void run());
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
      if ((await _saveOnce(options, state, draft, durable, report)).state === 'error') break;
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

interface State {
  status: SaveStatus;
  revision: number;
  updatedAt: string;
  saved: AnyDraft | undefined;
  pending: AnyDraft | undefined;
  firstSaved: boolean;
  lastChangeAt: number;
  held: boolean;
  legacy: boolean;
  readonly persistent: boolean;
  /** Journal `draft`'s changes against the last save (or forget the journal when there are none). */
  journal(draft: AnyDraft | undefined): void;
}

function _state(options: AutosaveOptions): State {
  // Hint: without IndexedDB every status says so, from the start and while typing; it never reads 「正在保存…」.
  const persistent = options.store.persistent;
  // Hint: a store that keeps nothing on disk gets no journal either: there would be no draft to replay it onto.
  const journal = persistent && options.saved ? (options.journal === undefined ? options.store.journal : (options.journal ?? undefined)) : undefined;
  const state: State = {
    status: persistent ? { state: 'idle', text: '', offerExport: false } : MEMORY,
    revision: options.revision,
    updatedAt: options.updatedAt ?? '',
    saved: options.saved,
    pending: undefined,
    firstSaved: false,
    lastChangeAt: 0,
    held: false,
    legacy: options.legacy === true,
    persistent,
    journal(draft) {
      if (!journal || !state.saved) return;
      const id = state.saved.id;
      const changes = draft && draftChanges(draft, state.saved);
      if (!changes) return journal.remove(id);
      writeJournal(journal, id, changes, { baseRevision: state.revision, baseUpdatedAt: state.updatedAt, writer: options.writer ?? '' });
    },
  };
  return state;
}

/** The timer: `delayMs` after the last change, but no later than `maxWaitMs` after the first change not yet taken. */
function _timing(options: AutosaveOptions, fire: () => void) {
  const delay = Math.min(options.delayMs ?? 500, 1000);
  const maxWait = Math.min(options.maxWaitMs ?? 750, 1000);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since: number | undefined;
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    schedule() {
      since ??= Date.now();
      cancel();
      timer = setTimeout(fire, Math.max(0, Math.min(delay, since + maxWait - Date.now())));
    },
    /** The pending change was taken for saving: the next one starts a new wait. */
    taken: () => (since = undefined),
    cancel,
  };
}

async function _saveOnce(options: AutosaveOptions, state: State, draft: AnyDraft, durable: boolean, report: (s: SaveStatus) => SaveStatus): Promise<SaveStatus> {
  const started = typeof performance === 'undefined' ? 0 : performance.now();
  try {
    const save = { expectedRevision: state.revision, legacy: state.legacy, durable, ...(options.writer ? { writer: options.writer } : {}) };
    // Hint: called without an await before it, so in pagehide the write reaches IndexedDB in this task.
    ({ revision: state.revision, updatedAt: state.updatedAt } = await options.store.saveDraft(draft, save));
    state.legacy = false;
    // Hint: a named measure lets the browser benchmark (scripts/bench) read real save latencies.
    if (started) performance.measure('draft-save', { start: started, end: performance.now() });
  } catch (error) {
    state.pending ??= draft; // Hint: kept, so the next change or flush tries again; nothing typed is dropped.
    const failure = toStoreError(error);
    return report({ state: 'error', text: `保存失败：${failure.message}`, error: failure, offerExport: failure.offerExport });
  }
  state.saved = draft;
  // Hint: what was typed during the save is journalled against the new revision; with nothing more, the journal goes.
  state.journal(state.pending);
  if (!state.persistent) return report(MEMORY);
  if (!state.firstSaved) options.onFirstSave?.();
  state.firstSaved = true;
  const at = (options.now ?? (() => new Date()))();
  return report({ state: 'saved', text: `已保存 ${clockTime(at)}`, savedAt: at, offerExport: false });
}
