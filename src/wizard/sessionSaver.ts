// The editing session's saving: autosave (with its journal) fed by every change of the editor, flushed when the
// page is hidden or left and before a new version of the app takes over (offline/update.ts).
import { effect } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { AnyDraft } from '../forms/registry';
import { beforeUpdate } from '../offline/beforeUpdate';
import { createAutosave, flushWhenHidden, requestPersistence } from '../storage';
import type { Autosave, DraftStore, OpenedDraft, SaveStatus } from '../storage';
import type { Editor } from './store';

export type Saver = { readonly autosave: Autosave; readonly stop: () => void };

interface SaverOptions {
  readonly store: DraftStore;
  readonly editor: Editor;
  readonly opened: OpenedDraft;
  readonly status: Signal<SaveStatus>;
  readonly persistNote: Signal<string>;
  /** While on, the editor's changes are another page's version being shown (session.ts), not typing. */
  readonly quiet: { readonly on: boolean };
}

/** A name for this page's editing session, stored with its saves (see storage/journal.ts). */
function _sessionId(): string {
  const c = typeof crypto === 'undefined' ? undefined : crypto;
  return c?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function startSaver({ store, editor, opened, status, persistNote, quiet }: SaverOptions): Saver {
  const autosave = createAutosave({
    store,
    revision: opened.revision,
    updatedAt: opened.updatedAt,
    saved: opened.saved,
    legacy: opened.legacy,
    // Hint: a journal kept for a recovered copy that could not be saved must not be overwritten.
    ...(opened.keepJournal ? { journal: null } : {}),
    writer: _sessionId(),
    onStatus: (s) => (status.value = s),
    onFirstSave: () => void requestPersistence().then((a) => (persistNote.value = a.text)),
  });
  const snapshot = () => editor.snapshot() as unknown as AnyDraft;
  let first = true;
  const stop = effect(() => {
    void editor.revision.value;
    if (first) return void (first = false);
    if (!quiet.on) autosave.change(snapshot());
  });
  // Hint: what the journal replayed, or a migration, is saved at once rather than on the next keystroke.
  if (opened.unsaved) {
    autosave.change(snapshot());
    void autosave.flush();
  }
  const unhide = flushWhenHidden(autosave);
  const unUpdate = beforeUpdate(() => autosave.flush({ durable: true }).then(() => undefined));
  return { autosave, stop: () => (stop(), unhide(), unUpdate()) };
}
