// Importing drafts from a file (picker or drag-and-drop): every draft is checked; drafts with an id already on
// this computer are never overwritten silently — the user chooses 「作为副本导入」 or 「替换本机草稿」.
import { useState } from 'preact/hooks';
import { clusterNameOf, draftName, parseImportFile } from '../../storage';
import type { DraftStore, DraftSummary, ImportConflict, ImportItem } from '../../storage';

type Ok = Extract<ImportItem, { ok: true }>;
interface Question {
  item: Ok & { conflict: ImportConflict };
  exportedAt?: string;
}

export function ImportPanel({ store, drafts }: { store: DraftStore; drafts: readonly DraftSummary[] }) {
  const [messages, setMessages] = useState<{ text: string; error?: boolean }[]>([]);
  const [questions, setQuestions] = useState<Question[]>([]);
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File) => {
    const parsed = await parseImportFile(file, { existing: drafts });
    if (!parsed.ok) return setMessages([{ text: `无法导入“${file.name}”：${parsed.error}`, error: true }]);
    const out: { text: string; error?: boolean }[] = [];
    const asks: Question[] = [];
    for (const item of parsed.items) {
      if (!item.ok) out.push({ text: `第 ${item.index + 1} 份草稿无法导入：${item.error}`, error: true });
      else if (item.readOnly) out.push({ text: `第 ${item.index + 1} 份草稿由更新版本的本应用导出，请先更新本页面后再导入。`, error: true });
      else if (item.conflict) asks.push({ item: item as Question['item'], exportedAt: parsed.exportedAt });
      else {
        await store.importDraft(item.draft, { mode: 'new' }, parsed.exportedAt);
        out.push({ text: `已导入：${draftName(item.draft, clusterNameOf(item.draft))}` });
      }
      for (const n of item.ok ? item.notes : []) out.push({ text: n });
    }
    setMessages(out);
    setQuestions(asks);
  };

  const answer = async (q: Question, mode: 'copy' | 'replace') => {
    const choice = mode === 'copy' ? { mode } : { mode, expectedRevision: q.item.conflict.existing.revision };
    try {
      await store.importDraft(q.item.draft, choice, q.exportedAt);
      setMessages((m) => [...m, { text: mode === 'copy' ? `已作为副本导入：${q.item.conflict.existing.name}` : `已替换本机草稿：${q.item.conflict.existing.name}` }]);
    } catch (e) {
      setMessages((m) => [...m, { text: e instanceof Error ? e.message : String(e), error: true }]);
    }
    setQuestions((qs) => qs.filter((x) => x !== q));
  };

  return (
    <div
      class={`import-panel ${dragging ? 'dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer?.files[0];
        if (file) void readFile(file);
      }}
    >
      <label class="secondary-button file-button">
        从文件导入草稿
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      <span class="hint">或把导出的 .json 文件拖到这里</span>
      {questions.map((q) => (
        <div class="confirm-box" role="alertdialog" aria-label={`导入冲突：${q.item.conflict.existing.name}`}>
          <p>{q.item.conflict.text}</p>
          <button type="button" class="secondary-button" onClick={() => void answer(q, 'copy')}>
            作为副本导入
          </button>{' '}
          <button type="button" class="warning-button" onClick={() => void answer(q, 'replace')}>
            替换本机草稿
          </button>
        </div>
      ))}
      {messages.length > 0 && (
        <div role="status">
          <ul class="import-messages">
            {messages.map((m) => (
              <li class={m.error ? 'error-message' : ''}>{m.text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
