// Start page: the drafts on this computer with their actions, import and export, and how safe the storage is.
import { useEffect, useState } from 'preact/hooks';
import { storageSpace } from '../../storage';
import { DraftRow, exportDrafts } from './DraftRow';
import { ImportPanel } from './ImportPanel';
import { useDrafts } from './useDrafts';

export function DraftsPanel({ fillPath }: { fillPath: string }) {
  const { store, problem, drafts, error } = useDrafts();
  const [toast, setToast] = useState<{ text: string; undo?: () => Promise<void> } | null>(null);
  const [space, setSpace] = useState('');
  useEffect(() => void storageSpace().then((s) => setSpace(s?.text ?? '')), [drafts?.length]);
  if (!store || drafts === null) return <p>正在读取本机草稿…</p>;
  return (
    <div class="drafts-panel">
      {problem && (
        <p class="notice-banner error" role="alert">
          {problem.message}
        </p>
      )}
      {error && (
        <p class="notice-banner error" role="alert">
          {error}
        </p>
      )}
      {toast && (
        <p class="notice-banner" role="status">
          {toast.text}{' '}
          {toast.undo && (
            <button type="button" class="link-button" onClick={() => void toast.undo?.().then(() => setToast({ text: '已撤销删除。' }))}>
              撤销
            </button>
          )}
        </p>
      )}
      {drafts.length === 0 ? (
        <p>本机还没有草稿。请在下方选择申报通知，开始填写；或从文件导入以前导出的草稿。</p>
      ) : (
        <table class="drafts-table">
          <caption class="visually-hidden">本机草稿</caption>
          <thead>
            <tr>
              <th scope="col">草稿</th>
              <th scope="col">申报通知</th>
              <th scope="col">最后修改</th>
              <th scope="col">完成度</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <DraftRow
                d={d}
                store={store}
                fillPath={fillPath}
                onDeleted={(name, undo) => setToast({ text: `已删除“${name}”。`, undo })}
                onMessage={(text) => setToast({ text })}
              />
            ))}
          </tbody>
        </table>
      )}
      <div class="drafts-tools">
        {drafts.length > 0 && (
          <button
            type="button"
            class="secondary-button"
            onClick={() => void exportDrafts(store, drafts.map((d) => d.id)).then((text) => setToast({ text }), (e: unknown) => setToast({ text: e instanceof Error ? e.message : String(e) }))}
          >
            导出全部草稿
          </button>
        )}
        <ImportPanel store={store} drafts={drafts} />
      </div>
      {space && <p class="hint">本机存储：{space}</p>}
    </div>
  );
}
