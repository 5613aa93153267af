// Opening a draft for editing: claim it against other tabs, load and restore it, autosave every change, and
// follow the other tab's saves while this one only views. The wizard renders whatever state this reports.
import { effect, signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyDraft } from '../forms/registry';
import { beforeUpdate } from '../offline/beforeUpdate';
import { claimDraft, clusterNameOf, createAutosave, draftName, flushWhenHidden, removeJournal, requestPersistence, takeJournal, writeJournal } from '../storage';
import type { Autosave, DraftClaim, DraftStore, LoadResult, SaveStatus, TabRole } from '../storage';
import { draftStore } from './persistence';
import { createEditor } from './store';
import type { Editor } from './store';

export type Session =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string; readonly missing: boolean; readonly raw?: unknown }
  | {
      readonly state: 'ready';
      readonly editor: Editor;
      readonly store: DraftStore;
      /** Why the form cannot be edited here, or null: a newer app's draft, or another tab editing it. */
      readonly readOnly: string | null;
      readonly viewer: boolean;
      readonly takeOver: () => Promise<void>;
      readonly notes: readonly string[];
      readonly status: Signal<SaveStatus>;
      readonly persistNote: Signal<string>;
      readonly problem?: string;
    };

const VIEWER_TEXT = '这份草稿正在另一个标签页中编辑。为防止互相覆盖，本页只显示最新内容，不能修改。';
const DELETED_TEXT = '这份草稿已在另一个标签页中被删除。';
const CLEARED_TEXT = '本机全部数据已在另一个标签页中按“清除本机全部数据”删除，本页不再保存任何内容。';

type Claimed = { claim: DraftClaim; store: DraftStore; problem?: string };

/** A name for this page's editing session, stored with its saves (see storage/journal.ts). */
function _sessionId(): string {
  const c = typeof crypto === 'undefined' ? undefined : crypto;
  return c?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

type Saver = { autosave: Autosave; stop: () => void; journal: () => void };

function _startAutosave(store: DraftStore, editor: Editor, loaded: Opened, status: Signal<SaveStatus>, persistNote: Signal<string>): Saver {
  const writer = _sessionId();
  const id = editor.draft.id;
  const autosave: Autosave = createAutosave({
    store,
    revision: loaded.revision,
    updatedAt: loaded.updatedAt,
    writer,
    delayMs: 500,
    onStatus: (s) => {
      status.value = s;
      // Hint: everything typed is in IndexedDB now; an older journal could only bring back less.
      if (s.state === 'saved' && !autosave.pending && !loaded.journalKept) removeJournal(id);
    },
    onFirstSave: () => void requestPersistence().then((a) => (persistNote.value = a.text)),
  });
  let first = true;
  const stop = effect(() => {
    void editor.revision.value;
    if (first) return void (first = false);
    autosave.change(editor.snapshot() as unknown as AnyDraft);
  });
  const write = () => writeJournal(editor.snapshot() as unknown as AnyDraft, { baseRevision: autosave.revision, baseUpdatedAt: autosave.updatedAt, writer });
  // Hint: written before flushWhenHidden's flush, whose IndexedDB write may not outlive the page (see journal.ts).
  const journal = () => {
    const state = autosave.status.state;
    if (state === 'pending' || state === 'saving' || state === 'error') write();
  };
  const onVisibility = () => document.visibilityState === 'hidden' && journal();
  window.addEventListener('pagehide', journal);
  document.addEventListener('visibilitychange', onVisibility);
  const unhide = flushWhenHidden(autosave);
  const unUpdate = beforeUpdate(() => autosave.flush().then(() => undefined));
  const unjournal = () => (window.removeEventListener('pagehide', journal), document.removeEventListener('visibilitychange', onVisibility));
  return { autosave, stop: () => (stop(), unhide(), unUpdate(), unjournal()), journal: write };
}

const UNSAVED_JOURNAL_NOTE = '上次离开本页时未保存的修改这次没能存入本机数据库，已原样保留，稍后会再试。';
const RECOVERED_NOTE = (name: string) =>
  `上次离开本页时有未保存的修改，而这份草稿此后已在别处被修改（如另一个标签页或导入文件）。为避免互相覆盖，那些修改已另存为草稿「${name}」，请在首页打开核对。`;

/**
 * The draft to open: the stored one, with this page's journal replayed onto it when it holds later edits of
 * the same revision; a journal that would overwrite someone else's save is kept as a copy instead.
 */
type Opened = { draft: AnyDraft; revision: number; updatedAt: string; note?: string; journalKept?: boolean };

async function _withJournal(store: DraftStore, loaded: Extract<LoadResult, { ok: true }>): Promise<Opened> {
  const base = { draft: loaded.draft, revision: loaded.revision, updatedAt: loaded.draft.updatedAt };
  const id = loaded.draft.id;
  const outcome = takeJournal(id, loaded);
  try {
    if (outcome.kind === 'replay') {
      const { revision, updatedAt } = await store.saveDraft(outcome.draft, { expectedRevision: loaded.revision });
      removeJournal(id);
      return { draft: outcome.draft, revision, updatedAt };
    }
    if (outcome.kind === 'recovered') {
      const name = `${draftName(outcome.draft, clusterNameOf(outcome.draft))}（恢复的未保存修改）`;
      await store.importDraft(outcome.draft, { mode: 'copy', title: name });
      removeJournal(id);
      return { ...base, note: RECOVERED_NOTE(name) };
    }
  } catch (error) {
    // Hint: a replay that could not be saved opens what it holds, for autosave to save; a copy that could not be
    // saved stays in the journal for the next opening, and autosave must not forget it.
    const note = `${UNSAVED_JOURNAL_NOTE}${error instanceof Error ? `（${error.message}）` : ''}`;
    return outcome.kind === 'replay' ? { ...base, draft: outcome.draft, note } : { ...base, journalKept: true, note };
  }
  return base;
}

/**
 * The claim on a draft for as long as this page shows it. Hint: one claim across role changes — releasing
 * and claiming again on every change would let the other tab's waiting claim slip in between.
 */
function useClaim(draftId: string | undefined, flush: () => Promise<unknown>) {
  const [claimed, setClaimed] = useState<Claimed | null>(null);
  const [role, setRole] = useState<TabRole | null>(null);
  const [generation, setGeneration] = useState(0);
  const [deleted, setDeleted] = useState<false | 'deleted' | 'cleared'>(false);
  // Hint: read by the session's teardown, which runs before a re-render could tell it the draft is gone.
  const gone = useRef(false);
  useEffect(() => {
    if (!draftId) return;
    gone.current = false;
    let claim: DraftClaim | undefined;
    let closed = false;
    void (async () => {
      const { store, problem } = await draftStore();
      claim = await claimDraft(draftId, { feed: store.feed, flush });
      if (closed) return claim.release();
      claim.onChange((e) => {
        if (e.type === 'deleted') {
          gone.current = true;
          setDeleted(e.cleared ? 'cleared' : 'deleted');
        }
        else if (e.type === 'role') setRole(e.role);
        else {
          // Hint: a save after deletion is 「撤销」 putting the draft back: show it again.
          gone.current = false;
          setDeleted(false);
          setGeneration((g) => g + 1);
        }
      });
      setRole(claim.role);
      setClaimed({ claim, store, problem: problem?.message });
    })();
    return () => {
      closed = true;
      void flush().finally(() => claim?.release());
    };
  }, [draftId]);
  return { claimed, role, generation, deleted, gone };
}

/** The session of one draft. */
export function useDraftSession(draftId: string | undefined): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const flushRef = useRef<() => Promise<unknown>>(() => Promise.resolve());
  // Hint: a reload of the session (another page saved the draft) opens it only once the last one has let go.
  const teardown = useRef<Promise<unknown>>(Promise.resolve());
  const { claimed, role, generation, deleted, gone } = useClaim(draftId, () => flushRef.current());
  useEffect(() => {
    if (!draftId) return setSession({ state: 'failed', message: '地址中没有指定草稿。', missing: true });
    if (deleted) return setSession({ state: 'failed', message: deleted === 'cleared' ? CLEARED_TEXT : DELETED_TEXT, missing: true });
    if (!claimed || !role) return;
    let saver: Saver | undefined;
    let closed = false;
    void (async () => {
      await teardown.current;
      const { store, claim, problem } = claimed;
      const loaded = await store.loadDraft(draftId);
      if (closed) return;
      if (!loaded.ok) return setSession({ state: 'failed', message: loaded.error, missing: loaded.missing, raw: loaded.raw });
      const viewer = role === 'viewer';
      const opened: Opened = !viewer && !loaded.readOnly ? await _withJournal(store, loaded) : { draft: loaded.draft, revision: loaded.revision, updatedAt: loaded.draft.updatedAt };
      if (closed) return;
      const editor = createEditor(opened.draft as never);
      const readOnly = loaded.readOnly ? loaded.notes.join(' ') || '此草稿由更新版本的本应用保存，本页只能查看。' : viewer ? VIEWER_TEXT : null;
      const status = signal<SaveStatus>({ state: 'idle', text: store.persistent ? '' : problem ?? '', offerExport: !store.persistent });
      const persistNote = signal('');
      if (!readOnly) saver = _startAutosave(store, editor, opened, status, persistNote);
      flushRef.current = () => saver?.autosave.flush() ?? Promise.resolve();
      const notes = opened.note ? [...loaded.notes, opened.note] : loaded.notes;
      setSession({ state: 'ready', editor, store, readOnly, viewer, takeOver: () => claim.takeOver(), notes, status, persistNote, problem });
    })().catch((error: unknown) => {
      // Hint: a storage failure while opening (not bad data, which restore handles) is said, not left loading.
      if (!closed) setSession({ state: 'failed', message: error instanceof Error ? error.message : String(error), missing: false });
    });
    return () => {
      closed = true;
      const s = saver;
      s?.stop();
      // Hint: what could not be saved (another page saved first) goes to the journal, which the next opening
      // keeps as a recovered copy rather than lose it or overwrite the other save.
      teardown.current = (s ? s.autosave.flush() : Promise.resolve())
        .then((st) => st && 'state' in st && st.state === 'error' && !gone.current && s?.journal())
        .finally(() => s?.autosave.dispose());
    };
  }, [draftId, claimed, role, generation, deleted]);
  return session;
}
