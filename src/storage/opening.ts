// Opening a draft for editing: the stored draft with what this page left unsaved (the journal) put back, a
// journal that would overwrite someone else's save kept as a recovered copy instead, and a draft migrated from
// an older version marked for saving at once (so it is stored migrated, not only shown so).
import type { AnyDraft } from '../forms/registry';
import type { DraftStore, LoadResult } from './db';
import { takeJournal } from './journal';
import { clusterNameOf, draftName } from './summary';

type Loaded = Extract<LoadResult, { ok: true }>;

/** A draft opened for editing. */
export interface OpenedDraft {
  /** What the editor shows: the stored draft, or it with the journalled changes put back. */
  readonly draft: AnyDraft;
  /** What is stored at `revision` (autosave's base). */
  readonly saved: AnyDraft;
  readonly revision: number;
  readonly updatedAt: string;
  readonly legacy: boolean;
  /** The draft differs from what is stored (journal replayed, record migrated): save it at once. */
  readonly unsaved: boolean;
  /** The journal must stay as it is (its recovered copy could not be saved): write no other for this draft. */
  readonly keepJournal: boolean;
  readonly note?: string;
}

const UNSAVED_JOURNAL_NOTE = '上次离开本页时未保存的修改这次没能存入本机数据库，已原样保留，稍后会再试。';
const RECOVERED_NOTE = (name: string) =>
  `上次离开本页时有未保存的修改，而这份草稿此后已在别处被修改（如另一个标签页或导入文件）。为避免互相覆盖，那些修改已另存为草稿「${name}」，请在首页打开核对。`;

/** Open a loaded draft for editing (see the module comment). Never rejects. */
export async function openForEditing(store: DraftStore, loaded: Loaded): Promise<OpenedDraft> {
  const base: OpenedDraft = {
    draft: loaded.draft,
    saved: loaded.draft,
    revision: loaded.revision,
    updatedAt: loaded.draft.updatedAt,
    legacy: loaded.legacy,
    unsaved: loaded.migrated,
    keepJournal: false,
  };
  const outcome = await takeJournal(store.journal, loaded.draft.id, loaded);
  // Hint: replayed changes are saved by autosave, which then removes the journal; until then it stays.
  if (outcome.kind === 'replay') return { ...base, draft: outcome.draft, unsaved: true };
  if (outcome.kind === 'none') return base;
  const name = `${draftName(outcome.draft, clusterNameOf(outcome.draft))}（恢复的未保存修改）`;
  try {
    await store.importDraft(outcome.draft, { mode: 'copy', title: name });
    store.journal.remove(loaded.draft.id);
    return { ...base, note: RECOVERED_NOTE(name) };
  } catch (error) {
    // Hint: a copy that could not be saved stays in the journal for the next opening; nothing may overwrite it.
    return { ...base, keepJournal: true, note: `${UNSAVED_JOURNAL_NOTE}（${error instanceof Error ? error.message : String(error)}）` };
  }
}
