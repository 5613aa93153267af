// When another page saves the draft this page edits (an import replaced it, 撤销 put it back, another tab took
// it over): the official must lose nothing and find no typing split between two versions. If they are typing
// here (changes not yet saved, or a key within the last two seconds), the other version is kept whole as a copy
// and this page goes on saving its own; otherwise the editor shows the stored version, in place (focus stays).
import type { AnyDraft } from '../forms/registry';
import type { Autosave } from './autosave';
import type { DraftStore } from './db';
import { clusterNameOf, draftName } from './summary';

/** The editor as following needs it: what it holds, and showing another version in place. */
export interface FollowingEditor {
  snapshot(): AnyDraft;
  show(draft: AnyDraft): void;
}

/** `shown`: the editor shows the stored version; `kept-apart`: that version was saved as the copy `name`. */
export type FollowOutcome = { readonly kind: 'shown' | 'gone' } | { readonly kind: 'kept-apart'; readonly name: string } | { readonly kind: 'failed'; readonly error: string };

/** A keystroke this recent means the official is typing. */
export const TYPING_MS = 2000;

/** Follow a save of draft `id` made by another page (see the module comment). */
export async function followStored(store: DraftStore, id: string, editor: FollowingEditor, autosave?: Autosave): Promise<FollowOutcome> {
  autosave?.hold();
  const loaded = await store.loadDraft(id).catch(() => undefined);
  if (!loaded?.ok) {
    autosave?.rebase({ revision: autosave.revision, updatedAt: autosave.updatedAt, saved: editor.snapshot() });
    return { kind: 'gone' };
  }
  const base = { revision: loaded.revision, updatedAt: loaded.draft.updatedAt, saved: loaded.draft };
  // Hint: a save under way builds on the old revision and would write over the other version once it fails and retries.
  const typing = autosave && (autosave.pending || autosave.saving || Date.now() - autosave.lastChangeAt < TYPING_MS);
  if (!typing) {
    editor.show(loaded.draft);
    autosave?.rebase(base);
    return { kind: 'shown' };
  }
  const name = `${draftName(loaded.draft, clusterNameOf(loaded.draft))}（${loaded.writer === '' ? '导入或恢复的版本' : '另一个标签页保存的版本'}）`;
  try {
    await store.importDraft(loaded.draft, { mode: 'copy', title: name });
  } catch (error) {
    // Hint: the other version could not be copied; saving over it would lose it, so this page's saves stay refused
    // (conflict, with the export offer) while its typing stays in the journal.
    autosave.rebase({ revision: autosave.revision, updatedAt: autosave.updatedAt, saved: editor.snapshot() });
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
  autosave.rebase(base);
  autosave.change(editor.snapshot());
  store.feed.publish({ type: 'kept-apart', id, name });
  return { kind: 'kept-apart', name };
}
