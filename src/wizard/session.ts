// Opening a draft for editing: claim it against other tabs, load and restore it, autosave every change, and
// follow the other tab's saves while this one only views. The wizard renders whatever state this reports.
import { effect, signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyDraft } from '../forms/registry';
import { beforeUpdate } from '../offline/beforeUpdate';
import { claimDraft, createAutosave, flushWhenHidden, requestPersistence, takeJournal, writeJournal } from '../storage';
import type { Autosave, DraftClaim, DraftStore, SaveStatus, TabRole } from '../storage';
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

type Claimed = { claim: DraftClaim; store: DraftStore; problem?: string };

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

/**
 * The claim on a draft for as long as this page shows it. Hint: one claim across role changes — releasing
 * and claiming again on every change would let the other tab's waiting claim slip in between.
 */
function useClaim(draftId: string | undefined, flush: () => Promise<unknown>) {
  const [claimed, setClaimed] = useState<Claimed | null>(null);
  const [role, setRole] = useState<TabRole | null>(null);
  const [generation, setGeneration] = useState(0);
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    if (!draftId) return;
    let claim: DraftClaim | undefined;
    let closed = false;
    void (async () => {
      const { store, problem } = await draftStore();
      claim = await claimDraft(draftId, { feed: store.feed, flush });
      if (closed) return claim.release();
      claim.onChange((e) => {
        if (e.type === 'deleted') setDeleted(true);
        else if (e.type === 'role') setRole(e.role);
        else setGeneration((g) => g + 1);
      });
      setRole(claim.role);
      setClaimed({ claim, store, problem: problem?.message });
    })();
    return () => {
      closed = true;
      void flush().finally(() => claim?.release());
    };
  }, [draftId]);
  return { claimed, role, generation, deleted };
}

/** The session of one draft. */
export function useDraftSession(draftId: string | undefined): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const flushRef = useRef<() => Promise<unknown>>(() => Promise.resolve());
  const { claimed, role, generation, deleted } = useClaim(draftId, () => flushRef.current());
  useEffect(() => {
    if (!draftId) return setSession({ state: 'failed', message: '地址中没有指定草稿。', missing: true });
    if (deleted) return setSession({ state: 'failed', message: '这份草稿已在另一个标签页中被删除。', missing: true });
    if (!claimed || !role) return;
    let saver: { autosave: Autosave; stop: () => void } | undefined;
    let closed = false;
    void (async () => {
      const { store, claim, problem } = claimed;
      const loaded = await store.loadDraft(draftId);
      if (closed) return;
      if (!loaded.ok) return setSession({ state: 'failed', message: loaded.error, missing: loaded.missing, raw: loaded.raw });
      const viewer = role === 'viewer';
      let draft = loaded.draft;
      let revision = loaded.revision;
      const journalled = !viewer && !loaded.readOnly ? takeJournal(draftId, loaded.draft.updatedAt) : undefined;
      if (journalled) {
        ({ revision } = await store.saveDraft(journalled, { expectedRevision: revision }));
        draft = journalled;
      }
      if (closed) return;
      const editor = createEditor(draft as never);
      const readOnly = loaded.readOnly ? loaded.notes.join(' ') || '此草稿由更新版本的本应用保存，本页只能查看。' : viewer ? VIEWER_TEXT : null;
      const status = signal<SaveStatus>({ state: 'idle', text: store.persistent ? '' : problem ?? '', offerExport: !store.persistent });
      const persistNote = signal('');
      if (!readOnly) saver = _startAutosave(store, editor, revision, status, persistNote);
      flushRef.current = () => saver?.autosave.flush() ?? Promise.resolve();
      setSession({ state: 'ready', editor, store, readOnly, viewer, takeOver: () => claim.takeOver(), notes: loaded.notes, status, persistNote, problem });
    })();
    return () => {
      closed = true;
      const s = saver;
      s?.stop();
      void (s ? s.autosave.flush() : Promise.resolve()).finally(() => s?.autosave.dispose());
    };
  }, [draftId, claimed, role, generation, deleted]);
  return session;
}
