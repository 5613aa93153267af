// The parts of autosave (autosave.ts): its state with the journal kept against the last save, the timer (debounce
// with a longest wait), and one save with its status.
import type { AnyDraft } from '../forms/registry';
import type { AutosaveOptions, SaveStatus } from './autosave';
import { toStoreError } from './errors';
import { clockTime } from './format';
import { draftChanges, writeJournal } from './journal';

export const MEMORY_ONLY_TEXT = '未保存到本机：此浏览器不能使用本地存储，内容只暂存在本标签页中，关闭标签页即丢失。请导出文件保存。';
export const MEMORY_STATUS: SaveStatus = { state: 'memory', text: MEMORY_ONLY_TEXT, offerExport: true };

export interface State {
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

export function autosaveState(options: AutosaveOptions): State {
  // Hint: without IndexedDB every status says so, from the start and while typing; it never reads 「正在保存…」.
  const persistent = options.store.persistent;
  // Hint: a store that keeps nothing on disk gets no journal either: there would be no draft to replay it onto.
  const journal = persistent && options.saved ? (options.journal === undefined ? options.store.journal : (options.journal ?? undefined)) : undefined;
  const state: State = {
    status: persistent ? { state: 'idle', text: '', offerExport: false } : MEMORY_STATUS,
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
export function saveTimer(options: AutosaveOptions, fire: () => void) {
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

export async function saveOnce(options: AutosaveOptions, state: State, draft: AnyDraft, durable: boolean, report: (s: SaveStatus) => SaveStatus): Promise<SaveStatus> {
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
  if (!state.persistent) return report(MEMORY_STATUS);
  if (!state.firstSaved) options.onFirstSave?.();
  state.firstSaved = true;
  const at = (options.now ?? (() => new Date()))();
  return report({ state: 'saved', text: `已保存 ${clockTime(at)}`, savedAt: at, offerExport: false });
}
