// Opening a draft for editing: claim it against other tabs, load and restore it, autosave (and journal) every
// change, and follow other pages' saves in place. The wizard renders whatever state this reports.
import { batch, signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyDraft } from '../forms/registry';
import type { DraftProgress } from '../forms/draft';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import type { FormValues } from '../forms/fieldValues';
import type { SubmissionAnswers } from '../forms/submission';
import type { EvidenceMarks } from '../forms/evidenceMarks';
import { claimDraft, followStored, openForEditing } from '../storage';
import type { DraftClaim, DraftStore, SaveStatus, TabRole } from '../storage';
import { draftStore } from './persistence';
import { startSaver } from './sessionSaver';
import type { Saver } from './sessionSaver';
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
      /** Restore notes and what happened since opening (another page's version kept apart …). */
      readonly notes: Signal<readonly string[]>;
      readonly status: Signal<SaveStatus>;
      readonly persistNote: Signal<string>;
      readonly problem?: string;
    };

const VIEWER_TEXT = '这份草稿正在另一个标签页中编辑。为防止互相覆盖，本页只显示最新内容，不能修改。';
const DELETED_TEXT = '这份草稿已在另一个标签页中被删除。本页尚未保存的修改已暂存，如果那里「撤销」删除，它们会一并恢复。';
const CLEARED_TEXT = '本机全部数据已在另一个标签页中按“清除本机全部数据”删除，本页不再保存任何内容。';
const KEPT_APART = (name: string) =>
  `这份草稿刚被别处（导入文件或另一个标签页）保存了另一个版本，而您正在本页输入。为不打断输入、不丢失任何一方，那个版本已完整另存为草稿「${name}」，本页继续编辑原草稿。`;

type Claimed = { claim: DraftClaim; store: DraftStore; problem?: string };
type Gone = false | 'deleted' | 'cleared';

/** What the claim's `updated` event does: follow in place when a session is open, else open again. */
type OnUpdated = { current: (() => boolean) | undefined };

/**
 * The claim on a draft for as long as this page shows it. Hint: one claim across role changes — releasing
 * and claiming again on every change would let the other tab's waiting claim slip in between.
 */
function useClaim(draftId: string | undefined, flush: () => Promise<unknown>, onUpdated: OnUpdated) {
  const [claimed, setClaimed] = useState<Claimed | null>(null);
  const [role, setRole] = useState<TabRole | null>(null);
  const [generation, setGeneration] = useState(0);
  const [gone, setGone] = useState<Gone>(false);
  // Hint: read by the session's teardown, which runs before a re-render could tell it the draft is gone.
  const goneRef = useRef<Gone>(false);
  useEffect(() => {
    if (!draftId) return;
    goneRef.current = false;
    let claim: DraftClaim | undefined;
    let closed = false;
    void (async () => {
      const { store, problem } = await draftStore();
      claim = await claimDraft(draftId, { feed: store.feed, flush });
      if (closed) return claim.release();
      claim.onChange((e) => {
        if (e.type === 'role') return setRole(e.role);
        if (e.type === 'deleted') return setGone((goneRef.current = e.cleared ? 'cleared' : 'deleted'));
        // Hint: a save after deletion is 「撤销」 putting the draft back: open it again.
        if (!goneRef.current && onUpdated.current?.()) return;
        goneRef.current = false;
        setGone(false);
        setGeneration((g) => g + 1);
      });
      setRole(claim.role);
      setClaimed({ claim, store, problem: problem?.message });
    })();
    return () => {
      closed = true;
      void flush().finally(() => claim?.release());
    };
  }, [draftId]);
  return { claimed, role, generation, gone, goneRef };
}

/** Show another stored version in the editor, in place: each field set, so focus and the page stay. */
function _show(editor: Editor, draft: AnyDraft, quiet: { on: boolean }): void {
  const values: FormValues = draft.values;
  const rest = draft as { selfDeclared?: Record<string, boolean>; enterprises?: EnterpriseRow[]; progress?: DraftProgress; submission?: SubmissionAnswers; evidence?: EvidenceMarks };
  quiet.on = true;
  // Hint: every part the editor keeps is taken over, or this page's next save would write back its older copy.
  batch(() => {
    for (const id of new Set([...Object.keys(editor.values()), ...Object.keys(values)])) editor.set(id, values[id]);
    editor.declared.value = rest.selfDeclared ?? {};
    editor.enterprises.value = rest.enterprises ?? [];
    editor.finished.value = rest.progress?.finished ?? [];
    editor.submission.value = rest.submission ?? {};
    editor.evidence.value = rest.evidence ?? {};
  });
  quiet.on = false;
}

/** The session of one draft. */
export function useDraftSession(draftId: string | undefined): Session {
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const flushRef = useRef<() => Promise<unknown>>(() => Promise.resolve());
  const onUpdated: OnUpdated = useRef(undefined);
  // Hint: a reopening (撤销 after a delete) waits until the last session has let go.
  const teardown = useRef<Promise<unknown>>(Promise.resolve());
  const { claimed, role, generation, gone, goneRef } = useClaim(draftId, () => flushRef.current(), onUpdated);
  useEffect(() => {
    if (!draftId) return setSession({ state: 'failed', message: '地址中没有指定草稿。', missing: true });
    if (gone) return setSession({ state: 'failed', message: gone === 'cleared' ? CLEARED_TEXT : DELETED_TEXT, missing: true });
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
      const editable = !viewer && !loaded.readOnly;
      const opened = editable ? await openForEditing(store, loaded) : undefined;
      if (closed) return;
      const editor = createEditor((opened?.draft ?? loaded.draft) as never);
      const readOnly = loaded.readOnly ? loaded.notes.join(' ') || '此草稿由更新版本的本应用保存，本页只能查看。' : viewer ? VIEWER_TEXT : null;
      const status = signal<SaveStatus>({ state: 'idle', text: store.persistent ? '' : (problem ?? ''), offerExport: !store.persistent });
      const persistNote = signal('');
      const notes = signal<readonly string[]>(opened?.note ? [...loaded.notes, opened.note] : loaded.notes);
      const quiet = { on: false };
      if (opened) saver = startSaver({ store, editor, opened, status, persistNote, quiet });
      flushRef.current = () => saver?.autosave.flush() ?? Promise.resolve();
      onUpdated.current = () => {
        const show = { snapshot: () => editor.snapshot() as unknown as AnyDraft, show: (d: AnyDraft) => _show(editor, d, quiet) };
        void followStored(store, draftId, show, saver?.autosave).then((outcome) => {
          if (outcome.kind === 'kept-apart') notes.value = [...notes.value, KEPT_APART(outcome.name)];
        });
        return true;
      };
      setSession({ state: 'ready', editor, store, readOnly, viewer, takeOver: () => claim.takeOver(), notes, status, persistNote, problem });
    })().catch((error: unknown) => {
      // Hint: a storage failure while opening (not bad data, which restore handles) is said, not left loading.
      if (!closed) setSession({ state: 'failed', message: error instanceof Error ? error.message : String(error), missing: false });
    });
    return () => {
      closed = true;
      onUpdated.current = undefined;
      const s = saver;
      s?.stop();
      // Hint: deleted elsewhere, the unsaved typing stays in the journal so that 撤销 brings it back with the
      // draft; cleared (「清除本机全部数据」), nothing may stay behind.
      teardown.current = (s ? s.autosave.flush() : Promise.resolve())
        .then(() => (goneRef.current === 'cleared' ? s?.autosave.forget() : s?.autosave.pending && s.autosave.rejournal()))
        .finally(() => s?.autosave.dispose());
    };
  }, [draftId, claimed, role, generation, gone]);
  return session;
}
