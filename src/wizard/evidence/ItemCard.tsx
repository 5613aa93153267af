// One 佐证材料 item on the checklist page: its number and text (with what the draft answered), its status, its files,
// and the ways to attach (pick files, pick a folder, drop onto the item) or to mark it 自我声明 / 不适用.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { itemStatus, statusText, type EvidenceEntry } from '../../evidence';
import type { AttachOutcome } from '../../evidence/files/attach';
import type { AttachmentMeta, StoredAttachment } from '../../storage';
import type { Editor } from '../store';
import { addFiles, removeFile, restoreFile } from './files';
import { FileList } from './FileList';
import { MarkControls } from './MarkControls';
import { itemName } from './names';
import { droppedFiles, pickedFiles } from './pickedFiles';

interface Props {
  readonly entry: EvidenceEntry;
  readonly store: Editor;
  readonly files: readonly AttachmentMeta[];
  readonly onPrintDeclaration: (entry: EvidenceEntry) => void;
  readonly children: ComponentChildren;
}

type Note = { readonly text: string; readonly kind: 'ok' | 'problem'; readonly undo?: StoredAttachment };

const _notes = (outcomes: readonly AttachOutcome[]): Note[] => {
  const added = outcomes.filter((o) => 'added' in o).length;
  const problems = outcomes.flatMap((o) => ('problem' in o ? [{ text: o.problem.message, kind: 'problem' as const }] : []));
  return [...(added ? [{ text: `已添加 ${added} 个文件。`, kind: 'ok' as const }] : []), ...problems];
};

function FilePickers({ name, onFiles }: { name: string; onFiles: (files: File[]) => void }) {
  const take = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const files = pickedFiles(input.files);
    input.value = '';
    if (files.length) onFiles(files);
  };
  return (
    <div class="file-pickers">
      <label class="secondary-button file-button">
        添加文件
        <input type="file" class="visually-hidden" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-label={`为 ${name} 添加文件`} onChange={take} />
      </label>{' '}
      <label class="secondary-button file-button">
        添加文件夹
        {/* Hint: a property, not an attribute, in Preact: `true`, since an empty string would set it false. */}
        <input type="file" class="visually-hidden" multiple {...{ webkitdirectory: true }} aria-label={`为 ${name} 添加文件夹中的全部文件`} onChange={take} />
      </label>
      <span class="hint">（PDF、JPG、PNG，也可把文件拖到本项上）</span>
    </div>
  );
}

export function ItemCard({ entry, store, files, onPrintDeclaration, children }: Props) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const mark = store.evidence.value[entry.key];
  const status = itemStatus(entry, mark, files.length);
  const name = itemName(entry);
  const draftId = store.draft.id;
  const attach = (picked: File[]) => {
    setBusy(true);
    setNotes([{ text: `正在检查并保存 ${picked.length} 个文件…`, kind: 'ok' }]);
    void addFiles(draftId, entry.key, picked)
      .then((o) => setNotes(_notes(o)), (e: unknown) => setNotes([{ text: e instanceof Error ? e.message : String(e), kind: 'problem' }]))
      .finally(() => setBusy(false));
  };
  const remove = (f: AttachmentMeta) =>
    void removeFile(draftId, f.id).then((gone) => setNotes(gone ? [{ text: `已删除「${f.name}」。`, kind: 'ok', undo: gone }] : []));
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    // Hint: a read-only page (a newer app's draft, another tab editing) disables its fieldset; a drop must not slip past it.
    const readOnly = (e.currentTarget as Element).closest('fieldset:disabled') !== null;
    if (!readOnly && !busy && status.kind !== 'self' && status.kind !== 'na') void droppedFiles(e.dataTransfer).then((f) => f.length && attach(f));
  };
  const marked = status.kind === 'self' || (status.kind === 'na' && !status.byAnswer);
  return (
    <li value={entry.number} id={`evidence-item-${entry.number}`} class={`evidence-item status-${status.kind}${over ? ' drop-over' : ''}`} onDragOver={(e) => (e.preventDefault(), setOver(true))} onDragLeave={() => setOver(false)} onDrop={drop}>
      <div class="evidence-text">{children}</div>
      <p class="evidence-status">
        <span class="visually-hidden">{name}，状态：</span>
        <strong class={`item-status ${status.kind}`}>{statusText(status)}</strong>
      </p>
      <FileList files={files} name={name} onRemove={remove} />
      <div class="evidence-actions">
        {!marked && <FilePickers name={name} onFiles={attach} />}
        {files.length === 0 && <MarkControls mark={mark} name={name} onMark={(m) => store.markEvidence(entry.key, m)} onPrint={() => onPrintDeclaration(entry)} />}
      </div>
      <div class="evidence-notes" role="status">
        {notes.map((n) => (
          <p class={n.kind === 'problem' ? 'field-error' : 'hint'}>
            {n.text}
            {n.undo && (
              <button type="button" class="link-button" onClick={() => void restoreFile(n.undo!).then(() => setNotes([{ text: `已恢复「${n.undo!.name}」。`, kind: 'ok' }]))}>
                撤销
              </button>
            )}
          </p>
        ))}
      </div>
    </li>
  );
}
