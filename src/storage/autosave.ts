// Autosave: every change saved at most `delayMs` (≤ 1 s) after the last keystroke, at once on flush()
// (the UI calls it on visibilitychange → hidden and pagehide), with a status the official can read.
import type { AnyDraft } from '../forms/registry';
import type { DraftStore } from './db';
import type { DraftStoreError } from './errors';
import { toStoreError } from './errors';
import { clockTime } from './format';

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
  /** Revision of the draft as loaded (0: not saved yet). */
  readonly revision: number;
  /** The loaded draft's updatedAt (its revision's time). */
  readonly updatedAt?: string;
  /** This page session, recorded with each save (see journal.ts). */
  readonly writer?: string;
  /** Debounce after the last change, at most 1000 ms; default 500. */
  readonly delayMs?: number;
  readonly onStatus?: (status: SaveStatus) => void;
  /** Called after the first save that reached IndexedDB: the moment to ask navigator.storage.persist(). */
  readonly onFirstSave?: () => void;
  readonly now?: () => Date;
}

export interface Autosave {
  /** The draft changed: the whole current draft (values are small; one put saves it atomically). */
  change(draft: AnyDraft): void;
  /** Save any pending change now; resolves with the resulting status. */
  flush(): Promise<SaveStatus>;
  readonly status: SaveStatus;
  /** The revision last saved (or loaded). */
  readonly revision: number;
  /** The updatedAt of that revision. */
  readonly updatedAt: string;
  /** A change waits to be saved (or failed to save). */
  readonly pending: boolean;
  /** Stop the timer; call flush() first when leaving the draft. */
  dispose(): void;
}

export const MEMORY_ONLY_TEXT = '未保存到本机：此浏览器不能使用本地存储，内容只暂存在本标签页中，关闭标签页即丢失。请导出文件保存。';
const SAVING: SaveStatus = { state: 'saving', text: '正在保存…', offerExport: false };
const PENDING: SaveStatus = { state: 'pending', text: '正在保存…', offerExport: false };
const MEMORY: SaveStatus = { state: 'memory', text: MEMORY_ONLY_TEXT, offerExport: true };

/** Start autosaving one draft into `store`. */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delay = Math.min(options.delayMs ?? 500, 1000);
  const now = options.now ?? (() => new Date());
  let revision = options.revision;
  let updatedAt = options.updatedAt ?? '';
  // Hint: without IndexedDB every status says so, from the start and while typing; it never reads 「正在保存…」.
  const persistent = options.store.persistent;
  let status: SaveStatus = persistent ? { state: 'idle', text: '', offerExport: false } : MEMORY;
  let pending: AnyDraft | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<SaveStatus> | undefined;
  let firstSaved = false;

  const report = (next: SaveStatus) => {
    status = next;
    options.onStatus?.(next);
    return next;
  };
  const saveOnce = async (draft: AnyDraft): Promise<SaveStatus> => {
    const started = typeof performance === 'undefined' ? 0 : performance.now();
    try {
      // Hint: called without an await before it, so in pagehide the write reaches IndexedDB in this task.
      ({ revision, updatedAt } = await options.store.saveDraft(draft, { expectedRevision: revision, ...(options.writer ? { writer: options.writer } : {}) }));
      // Hint: a named measure lets the browser benchmark (scripts/bench) read real save latencies.
      if (started) performance.measure('draft-save', { start: started, end: performance.now() });
    } catch (error) {
      pending ??= draft; // Hint: kept, so the next change or flush tries again; nothing typed is dropped.
      const failure = toStoreError(error);
      return report({ state: 'error', text: `保存失败：${failure.message}`, error: failure, offerExport: failure.offerExport });
    }
    if (!persistent) return report(MEMORY);
    if (!firstSaved) options.onFirstSave?.();
    firstSaved = true;
    const at = now();
    return report({ state: 'saved', text: `已保存 ${clockTime(at)}`, savedAt: at, offerExport: false });
  };
  const drain = async (): Promise<SaveStatus> => {
    while (pending) {
      const draft = pending;
      pending = undefined;
      report(persistent ? SAVING : MEMORY);
      // Hint: after a failure stop here; the next change or flush tries again (a full disk may have been freed).
      if ((await saveOnce(draft)).state === 'error') break;
    }
    return status;
  };
  const run = (): Promise<SaveStatus> => {
    clearTimeout(timer);
    timer = undefined;
    if (running) return running.then(() => (pending ? run() : status));
    running = drain().finally(() => (running = undefined));
    return running;
  };

  return {
    change(draft) {
      pending = draft;
      if (status.state !== 'error') report(persistent ? PENDING : MEMORY);
      clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    flush: () => (pending || running ? run() : Promise.resolve(status)),
    get status() {
      return status;
    },
    get revision() {
      return revision;
    },
    get updatedAt() {
      return updatedAt;
    },
    get pending() {
      return pending !== undefined || status.state === 'error';
    },
    dispose: () => clearTimeout(timer),
  };
}

/** The parts of `document` and `window` the page hooks use (tests pass EventTargets). */
export interface PageTargets {
  readonly document: EventTarget & { readonly visibilityState: DocumentVisibilityState };
  readonly window: EventTarget;
}

/**
 * Save at once when the page is hidden or left (visibilitychange → hidden, pagehide), and ask the browser to
 * confirm leaving while the work is only in memory or failed to save. Returns the function that removes the hooks.
 * Hint: pagehide, not unload, fires reliably on mobile and keeps the back/forward cache usable.
 */
export function flushWhenHidden(autosave: Autosave, page: PageTargets = { document, window }): () => void {
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') void autosave.flush();
  };
  const onPageHide = () => void autosave.flush();
  const onBeforeUnload = (event: Event) => {
    const { state } = autosave.status;
    // Hint: revision > 0 in memory mode means this page holds work that closing it would lose.
    if (state === 'error' || (state === 'memory' && autosave.revision > 0)) event.preventDefault();
  };
  page.document.addEventListener('visibilitychange', onVisibility);
  page.window.addEventListener('pagehide', onPageHide);
  page.window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    page.document.removeEventListener('visibilitychange', onVisibility);
    page.window.removeEventListener('pagehide', onPageHide);
    page.window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
