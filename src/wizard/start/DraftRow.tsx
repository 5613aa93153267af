// One draft in the list: open, rename, duplicate, export, delete; its last change, completeness and backup state.
// A draft of a newer app is listed read-only with 「请更新应用」; one that cannot be read, as 「无法读取的草稿」 with
// its reason — both can be exported as stored and deleted; neither hides the other lines.
import { useState } from 'preact/hooks';
import { notices } from '../../forms';
import { backupReminder, collectForExport, exportDraftsFile, localDateTime } from '../../storage';
import type { DraftStore, DraftSummary } from '../../storage';
import { attachmentStore, downloadBlob } from '../persistence';
import { routeHref } from '../route';

interface Props {
  d: DraftSummary;
  store: DraftStore;
  fillPath: string;
  onDeleted: (name: string, undo: () => Promise<void>) => void;
  /** Tell the official something (a failure, or what an export wrote). */
  onMessage: (message: string) => void;
}

/** Export these drafts to one file: readable ones as drafts, the others as stored (never silently left out). */
export async function exportDrafts(store: DraftStore, ids: readonly string[]): Promise<string> {
  const set = await collectForExport(store, ids);
  const file = exportDraftsFile(set.drafts, new Date(), set.unreadable);
  downloadBlob(file.blob, file.fileName);
  await store.markExported(set.readIds, new Date(file.exportedAt));
  const others = set.unreadable.length;
  const said = others === 0
    ? `已导出 ${set.drafts.length} 份草稿。`
    : `已导出 ${set.drafts.length + others} 份草稿，其中 ${others} 份本应用无法读取（或来自更新版本），已按原样写入文件的 unreadable 部分。`;
  return said + (await _filesNote(ids));
}

/** 「复制」: the draft and its 佐证材料 files; a file that does not fit is named (the copy keeps the rest). */
async function duplicateWithFiles(store: DraftStore, id: string): Promise<string> {
  const copyId = await store.duplicateDraft(id);
  const failed = (await (await attachmentStore()).store?.copyDraft(id, copyId).catch(() => ['全部附件'])) ?? [];
  return failed.length ? `副本已建立，但本机存储空间不足，以下附件没有复制：${failed.join('、')}。原草稿的附件都还在。` : '';
}

/** Hint: the .json holds the form only; say so where the drafts have 佐证材料 files, and where they can go with it. */
async function _filesNote(ids: readonly string[]): Promise<string> {
  const { store } = await attachmentStore();
  const counts = await Promise.all(ids.map((id) => store?.list(id).then((f) => f.length, () => 0) ?? 0));
  const n = counts.reduce((a, b) => a + b, 0);
  return n ? `文件中不含 ${n} 个佐证材料附件；要连同附件导出，请打开草稿，在「佐证材料清单」页点「导出草稿和附件（.zip）」。` : '';
}

function _documentNumber(noticeId: string): string {
  return notices.find((n) => n.id === noticeId)?.documentNumber ?? (noticeId || '—');
}

function DraftLink({ d, store, fillPath, onMessage }: Omit<Props, 'onDeleted'>) {
  // Hint: a draft of a notice this version does not know has no form to open it in; export keeps it.
  if (d.readable === 'unreadable' || !notices.some((n) => n.id === d.noticeId)) return <span class="draft-name">{d.name}</span>;
  if (d.badId) {
    const repair = () =>
      void store.rekeyDraft(d.id).then(
        (id) => (location.href = fillPath + routeHref({ draftId: id, step: 'cover' })),
        (e: unknown) => onMessage(e instanceof Error ? e.message : String(e)),
      );
    return (
      <button type="button" class="link-button" aria-label={`修复编号后打开：${d.name}`} onClick={repair}>
        {d.name}（编号需修复，点此修复并打开）
      </button>
    );
  }
  return <a href={fillPath + routeHref({ draftId: d.id, step: 'cover' })}>{d.name}</a>;
}

function RowNote({ d }: { d: DraftSummary }) {
  if (d.readable !== 'ok') return <div class="row-problem">{d.problem}</div>;
  const reminder = backupReminder(d, new Date());
  return <div class={`backup ${reminder.due ? 'due' : ''}`}>{reminder.due ? reminder.text : reminder.lastExportText}</div>;
}

export function DraftRow({ d, store, fillPath, onDeleted, onMessage }: Props) {
  const [renaming, setRenaming] = useState(false);
  const act = (f: () => Promise<unknown>) => () => void f().catch((e: unknown) => onMessage(e instanceof Error ? e.message : String(e)));
  const ok = d.readable === 'ok';
  return (
    <tr class={ok ? undefined : `draft-${d.readable}`}>
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
            <input name="title" aria-label={`新名称：${d.name}`} defaultValue={d.name} autocomplete="off" autoFocus />{' '}
            <button type="submit" class="secondary-button">保存名称</button>
          </form>
        ) : (
          <DraftLink d={d} store={store} fillPath={fillPath} onMessage={onMessage} />
        )}
        <RowNote d={d} />
      </td>
      <td>{_documentNumber(d.noticeId)}</td>
      <td>{d.updatedAt ? localDateTime(d.updatedAt) : '—'}</td>
      <td>{ok ? `${Math.round(d.completeness * 100)}%` : '—'}</td>
      <td class="row-actions">
        {ok && (
          <>
            <button type="button" class="link-button" aria-label={`重命名：${d.name}`} onClick={() => setRenaming(true)}>重命名</button>
            <button type="button" class="link-button" aria-label={`复制：${d.name}`} onClick={act(() => duplicateWithFiles(store, d.id).then((m) => m && onMessage(m)))}>复制</button>
          </>
        )}
        <button type="button" class="link-button" aria-label={`导出：${d.name}`} onClick={act(async () => onMessage(await exportDrafts(store, [d.id])))}>导出</button>
        <button
          type="button"
          class="link-button danger"
          aria-label={`删除：${d.name}`}
          onClick={act(async () => {
            const deleted = await store.deleteDraft(d.id);
            // Hint: the files stay until the 撤销 window has passed (useDrafts sweeps them on a later visit).
            const files = (await attachmentStore()).store;
            await files?.markDeleted(d.id, new Date()).catch(() => undefined);
            if (deleted) onDeleted(deleted.name, () => store.undoDelete(deleted).then(() => files?.unmarkDeleted(d.id).catch(() => undefined)));
          })}
        >
          删除
        </button>
      </td>
    </tr>
  );
}
