// The wizard's header: the draft's name and notice, the save status (with 「导出备份」 when saving is not
// possible), and export of this draft at any time. Hint: one short line, so a status change never re-wraps it
// and moves the form below; the longer persistence answer has its own place (StorageNote).
import type { Signal } from '@preact/signals';
import { clusterNameIn } from '../forms/walk';
import { exportDraftsFile } from '../storage';
import type { DraftStore, SaveStatus } from '../storage';
import { downloadBlob } from './persistence';
import type { Editor } from './store';

interface Props {
  editor: Editor;
  store: DraftStore;
  status: Signal<SaveStatus>;
  home: string;
}

/** The draft as typed here, under the name the list gives it now (it may have been renamed in another tab). */
export async function draftWithCurrentTitle(editor: Editor, store: DraftStore): Promise<Record<string, unknown>> {
  const { title: _asOpened, ...draft } = editor.snapshot() as Record<string, unknown>;
  const line = (await store.listDrafts().catch(() => undefined))?.find((d) => d.id === editor.draft.id);
  const title = line ? line.title : _asOpened;
  return title === undefined ? draft : { ...draft, title };
}

export async function exportEditorDraft(editor: Editor, store: DraftStore): Promise<void> {
  const file = exportDraftsFile([(await draftWithCurrentTitle(editor, store)) as never]);
  downloadBlob(file.blob, file.fileName);
  await store.markExported([editor.draft.id], new Date(file.exportedAt)).catch(() => undefined);
}

export function WizardHeader({ editor, store, status, home }: Props) {
  void editor.revision.value;
  const name = clusterNameIn(editor.ctx.form, editor.values()) || (editor.draft['title'] as string | undefined) || '未命名的申报';
  const s = status.value;
  return (
    <header class="wizard-header">
      <a href={home}>集群申报助手</a>
      <span class="draft-title">{name}</span>
      <span class="notice-ref">{editor.ctx.notice.documentNumber}</span>
      <span class={`save-status ${s.state}`} role="status">
        {s.text}
      </span>
      <button type="button" class={s.offerExport ? 'warning-button' : 'header-button'} onClick={() => void exportEditorDraft(editor, store)}>
        {s.offerExport ? '立即导出备份' : '导出草稿'}
      </button>
    </header>
  );
}
