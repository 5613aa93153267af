// 「导出草稿和附件（.zip）」: the draft file exactly as 「导出草稿」 writes it, with every attached file, so the draft and
// its 佐证材料 move together to another computer (imported on the start page). The plain .json holds no files.
import { useState } from 'preact/hooks';
import { writeDraftPackage } from '../../evidence/files/package';
import { exportDraftsFile } from '../../storage';
import type { DraftStore } from '../../storage';
import { attachmentStore, downloadBlob } from '../persistence';
import type { Editor } from '../store';
import { draftWithCurrentTitle } from '../WizardHeader';

async function _export(editor: Editor, drafts: DraftStore): Promise<string> {
  const file = exportDraftsFile([(await draftWithCurrentTitle(editor, drafts)) as never]);
  const { store } = await attachmentStore();
  const files = store ? await store.list(editor.draft.id) : [];
  const zip = await writeDraftPackage({ fileName: file.fileName, text: file.text }, files);
  downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), file.fileName.replace(/\.json$/, '（含附件）.zip'));
  await drafts.markExported([editor.draft.id], new Date(file.exportedAt)).catch(() => undefined);
  return `已导出草稿和 ${files.length} 个附件（.zip）。在另一台电脑的首页「从文件导入草稿」选择这个文件，附件会一并恢复。`;
}

export function PackageExport({ editor, drafts }: { editor: Editor; drafts: DraftStore }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    void _export(editor, drafts)
      .then(setMessage, (e: unknown) => setMessage(`导出失败：${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setBusy(false));
  };
  return (
    <div class="package-export">
      <button type="button" class="secondary-button" disabled={busy} onClick={run}>
        导出草稿和附件（.zip）
      </button>
      <span class="hint">页面顶部的「导出草稿」只导出填写内容（.json），不含附件；要连同附件一起备份或换电脑，请用这个按钮。</span>
      <p role="status" class="hint">
        {message}
      </p>
    </div>
  );
}
