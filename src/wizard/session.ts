// Opening a draft for editing: load and restore it, claim it against other tabs, autosave every change, and
// follow the other tab's saves while this one only views. The wizard renders whatever state this reports.
import { effect, signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { AnyDraft } from '../forms/registry';
import { beforeUpdate } from '../offline/beforeUpdate';
import { claimDraft, createAutosave, flushWhenHidden, requestPersistence, takeJournal, writeJournal } from '../storage';
import type { Autosave, DraftClaim, DraftStore, SaveStatus } from '../storage';
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

function _startAutosave(store: DraftStore, editor: Editor, revision: number, status: Signal<SaveStatus>, persistNote: Signal<string>) {
  const autosave = createAutosave({
    store,
    revision,
    delayMs: 500,
    onStatus: (s) => (status.value = s),
    onFirstSave: () => void requestPersistence().then((a) => (persistNote.value = a.text)),
  });
  let first = true;
  const stop = effect(() => {
    void editor.revision.value;
    if (first) return void (first = false);
    autosave.change(editor.snapshot() as unknown as AnyDraft);
  });
  // Hint: written before flushWhenHidden's flush, whose IndexedDB write may not outlive the page (see journal.ts).
  const journal = () => {
    const state = autosave.status.state;
    if (state === 'pending' || state === 'saving' || state === 'error') writeJournal(editor.snapshot() as unknown as AnyDraft);
  };
  const onVisibility = () => document.visibilityState === 'hidden' && journal();
  window.addEventListener('pagehide', journal);
  document.addEventListener('visibilitychange', onVisibility);
  const unhide = flushWhenHidden(autosave);
  const unUpdate = beforeUpdate(() => autosave.flush().then(() => undefined));
  const unjournal = () => (window.removeEventListener('pagehide', journal), document.removeEventListener('visibilitychange', onVisibility));
  return { autosave, stop: () => (stop(), unhide(), unUpdate(), unjournal()) };
}

/** The session of one draft; `generation` reloads it (after another tab saved, or a role change). */
export function useDraftSession(draftId: string | undefined): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (!draftId) return setSession({ state: 'failed', message: '地址中没有指定草稿。', missing: true });
    let claim: DraftClaim | undefined;
    let saver: { autosave: Autosave; stop: () => void } | undefined;
    let closed = false;
    void (async () => {
      const { store, problem } = await draftStore();
      const loaded = await store.loadDraft(draftId);
      if (closed) return;
      if (!loaded.ok) return setSession({ state: 'failed', message: loaded.error, missing: loaded.missing, raw: loaded.raw });
      claim = await claimDraft(draftId, { feed: store.feed, flush: () => saver?.autosave.flush() ?? Promise.resolve() });
      if (closed) return claim.release();
      const viewer = claim.role === 'viewer';
      let draft = loaded.draft;
      let revision = loaded.revision;
      const journalled = !viewer && !loaded.readOnly ? takeJournal(draftId, loaded.draft.updatedAt) : undefined;
      if (journalled) {
        ({ revision } = await store.saveDraft(journalled, { expectedRevision: revision }));
        draft = journalled;
      }
      const editor = createEditor(draft as never);
      const readOnly = loaded.readOnly ? loaded.notes.join(' ') || '此草稿由更新版本的本应用保存，本页只能查看。' : viewer ? VIEWER_TEXT : null;
      const status = signal<SaveStatus>({ state: 'idle', text: store.persistent ? '' : problem?.message ?? '', offerExport: !store.persistent });
      const persistNote = signal('');
      if (!readOnly) saver = _startAutosave(store, editor, revision, status, persistNote);
      claim.onChange((e) => {
        if (e.type === 'deleted') setSession({ state: 'failed', message: '这份草稿已在另一个标签页中被删除。', missing: true });
        else if (e.type === 'role' || (e.type === 'updated' && viewer)) setGeneration((g) => g + 1);
      });
      const c = claim;
      setSession({ state: 'ready', editor, store, readOnly, viewer, takeOver: () => c.takeOver(), notes: loaded.notes, status, persistNote, problem: problem?.message });
    })();
    return () => {
      closed = true;
      const s = saver;
      const c = claim;
      s?.stop();
      void (s ? s.autosave.flush() : Promise.resolve()).finally(() => {
        s?.autosave.dispose();
        c?.release();
      });
    };
  }, [draftId, generation]);
  return session;
}
