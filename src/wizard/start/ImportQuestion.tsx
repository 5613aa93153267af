// The question asked before a file's draft meets one already on this computer: both times, what replacing would
// change (a count and the fields), and whether another tab is editing it now; 「作为副本导入」 or 「替换本机草稿」.
import { changedFields, changesText, DraftStoreError, openDraftIds } from '../../storage';
import type { DraftStore, ImportConflict, ImportItem } from '../../storage';

type Ok = Extract<ImportItem, { ok: true }>;

export interface Question {
  readonly item: Ok & { conflict: ImportConflict };
  readonly exportedAt?: string;
  /** The stored revision the changes were counted against; replacing checks it has not moved. */
  readonly revision: number;
  readonly changes: readonly string[];
  /** The draft on this computer cannot be read (listed as 「无法读取的草稿」): nothing to compare with. */
  readonly storedUnreadable: boolean;
  readonly editedElsewhere: boolean;
  /** Said when the question had to be asked again. */
  readonly again?: string;
}

/** The question for a conflicting item, counted against the draft as stored now. */
export async function askAbout(store: DraftStore, item: Question['item'], exportedAt?: string, again?: string): Promise<Question> {
  const [stored, open] = await Promise.all([store.loadDraft(item.draft.id), openDraftIds()]);
  const changes = stored.ok ? changedFields(stored.draft, item.draft) : [];
  const revision = stored.ok ? stored.revision : item.conflict.existing.revision;
  const storedUnreadable = !stored.ok && !stored.missing;
  return { item, ...(exportedAt ? { exportedAt } : {}), revision, changes, storedUnreadable, editedElsewhere: open?.has(item.draft.id) ?? false, ...(again ? { again } : {}) };
}

/** Whether replacing failed because the stored draft moved on since the question was asked. */
export function movedOn(error: unknown): boolean {
  return error instanceof DraftStoreError && error.kind === 'conflict';
}

export function ImportQuestion({ q, onAnswer }: { q: Question; onAnswer: (q: Question, mode: 'copy' | 'replace') => void }) {
  const name = q.item.conflict.existing.name;
  return (
    <div class="confirm-box" role="alertdialog" aria-label={`导入冲突：${name}`}>
      {q.again && <p class="error-message">{q.again}</p>}
      <p>{q.item.conflict.text}</p>
      <p>{q.storedUnreadable ? '本机的这份草稿无法读取，无法比较差异；替换前可先在列表中把它「导出」保存。' : changesText(q.changes)}</p>
      {q.editedElsewhere && (
        <p class="warning-text">这份草稿正在另一个标签页中编辑。如果替换时那里还在输入，为不打断输入，文件中的版本会另存为副本，原草稿保留那里的内容。</p>
      )}
      <button type="button" class="secondary-button" onClick={() => onAnswer(q, 'copy')}>
        作为副本导入
      </button>{' '}
      <button type="button" class="warning-button" onClick={() => onAnswer(q, 'replace')}>
        替换本机草稿
      </button>
    </div>
  );
}
