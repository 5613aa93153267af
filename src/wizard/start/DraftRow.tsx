// One draft in the list: open, rename, duplicate, export, delete; its last change, completeness and backup state.
import { useState } from 'preact/hooks';
import { resolveNotice } from '../../forms';
import { backupReminder, exportDraftsFile, localDateTime } from '../../storage';
import type { DraftStore, DraftSummary } from '../../storage';
import { downloadBlob } from '../persistence';
import { routeHref } from '../route';

interface Props {
  d: DraftSummary;
  store: DraftStore;
  fillPath: string;
  onDeleted: (name: string, undo: () => Promise<void>) => void;
  onError: (message: string) => void;
}

export async function exportDrafts(store: DraftStore, ids: readonly string[]): Promise<void> {
  const loaded = await Promise.all(ids.map((id) => store.loadDraft(id)));
  const drafts = loaded.flatMap((l) => (l.ok && !l.readOnly ? [l.draft] : []));
  const file = exportDraftsFile(drafts);
  downloadBlob(file.blob, file.fileName);
  await store.markExported(drafts.map((x) => x.id), new Date(file.exportedAt));
}

export function DraftRow({ d, store, fillPath, onDeleted, onError }: Props) {
  const [renaming, setRenaming] = useState(false);
  const reminder = backupReminder(d, new Date());
  const notice = resolveNotice(d.noticeId).notice;
  const act = (f: () => Promise<unknown>) => () => void f().catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  return (
    <tr>
      <td>
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const title = new FormData(e.currentTarget).get('title');
              setRenaming(false);
              act(() => store.renameDraft(d.id, String(title ?? '')))();
            }}
          >
            <input name="title" aria-label={`新名称：${d.name}`} defaultValue={d.name} autoFocus />{' '}
            <button type="submit" class="secondary-button">保存名称</button>
          </form>
        ) : (
          <a href={fillPath + routeHref({ draftId: d.id, step: 'cover' })}>{d.name}</a>
        )}
        <div class={`backup ${reminder.due ? 'due' : ''}`}>{reminder.due ? reminder.text : reminder.lastExportText}</div>
      </td>
      <td>{notice.documentNumber}</td>
      <td>{localDateTime(d.updatedAt)}</td>
      <td>{Math.round(d.completeness * 100)}%</td>
      <td class="row-actions">
        <button type="button" class="link-button" aria-label={`重命名：${d.name}`} onClick={() => setRenaming(true)}>重命名</button>
        <button type="button" class="link-button" aria-label={`复制：${d.name}`} onClick={act(() => store.duplicateDraft(d.id))}>复制</button>
        <button type="button" class="link-button" aria-label={`导出：${d.name}`} onClick={act(() => exportDrafts(store, [d.id]))}>导出</button>
        <button
          type="button"
          class="link-button danger"
          aria-label={`删除：${d.name}`}
          onClick={act(async () => {
            const deleted = await store.deleteDraft(d.id);
            if (deleted) onDeleted(deleted.name, () => store.undoDelete(deleted));
          })}
        >
          删除
        </button>
      </td>
    </tr>
  );
}
