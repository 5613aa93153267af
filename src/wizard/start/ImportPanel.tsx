// Importing drafts from a file (picker or drag-and-drop): every draft is checked; the encoding used is said when
// it is not UTF-8; drafts with an id already on this computer are never overwritten silently — the user sees what
// would change and chooses 「作为副本导入」 or 「替换本机草稿」.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackageFile } from '../../evidence/files/package';
import { readPackageFile, restoreFilesOf } from './importPackage';
import { clusterNameOf, draftName, parseImportFile } from '../../storage';
import type { DraftStore, DraftSummary } from '../../storage';
import { FileDrop, ImportMessages, type ImportMessage } from './FileDrop';
import { askAbout, ImportQuestion, movedOn } from './ImportQuestion';
import type { Question } from './ImportQuestion';

type Message = ImportMessage;
const AGAIN = '本机的这份草稿在您确认之前又被修改了（可能在另一个标签页中），没有替换。差异已按最新内容重新统计，请再确认一次。';

export function ImportPanel({ store, drafts }: { store: DraftStore; drafts: readonly DraftSummary[] }) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [questions, setQuestions] = useState<Question[]>([]);
  const say = (m: Message) => setMessages((ms) => [...ms, m]);
  // Hint: a tab typing in a replaced draft keeps the file's version apart as a copy (storage/follow.ts); say so here.
  useEffect(() => store.feed.subscribe((c) => void (c.type === 'kept-apart' && say({ text: `替换时另一个标签页正在输入这份草稿；为不打断输入，文件中的版本已另存为草稿「${c.name}」。` }))), [store]);

  // Hint: a package's files wait here for the answer to 「作为副本导入」/「替换」, keyed by the draft's id in the file.
  const waiting = useRef(new Map<string, readonly PackageFile[]>());
  const readFile = async (file: File) => {
    const pkg = await readPackageFile(file);
    if (pkg && !pkg.ok) return setMessages([{ text: `无法导入“${file.name}”：${pkg.error}`, error: true }]);
    const parsed = await parseImportFile(pkg ? pkg.draftText : file, { existing: drafts });
    if (!parsed.ok) return setMessages([{ text: `无法导入“${file.name}”：${parsed.error}`, error: true }]);
    const out: Message[] = parsed.encodingNote ? [{ text: parsed.encodingNote }] : [];
    // Hint: our package holds one draft; its files go with it.
    const files = pkg && parsed.items.length === 1 ? pkg.files : [];
    if (pkg) out.push(...pkg.problems.map((text) => ({ text, error: true })));
    const asks: Promise<Question>[] = [];
    for (const item of parsed.items) {
      if (!item.ok) out.push({ text: `第 ${item.index + 1} 份草稿无法导入：${item.error}`, error: true });
      else if (item.readOnly) out.push({ text: `第 ${item.index + 1} 份草稿由更新版本的本应用导出，请先更新应用（刷新页面）后再导入。`, error: true });
      else if (item.conflict) {
        waiting.current.set(item.draft.id, files);
        asks.push(askAbout(store, item as Question['item'], parsed.exportedAt));
      } else {
        const id = await store.importDraft(item.draft, { mode: 'new' }, parsed.exportedAt);
        out.push({ text: `已导入：${draftName(item.draft, clusterNameOf(item.draft))}` }, ...(await restoreFilesOf(id, files)));
      }
      for (const n of item.ok ? item.notes : []) out.push({ text: n });
    }
    setMessages(out);
    setQuestions(await Promise.all(asks));
  };

  const answer = async (q: Question, mode: 'copy' | 'replace') => {
    const name = q.item.conflict.existing.name;
    setQuestions((qs) => qs.filter((x) => x !== q));
    try {
      const id = await store.importDraft(q.item.draft, mode === 'copy' ? { mode } : { mode, expectedRevision: q.revision }, q.exportedAt);
      say({ text: mode === 'copy' ? `已作为副本导入：${name}` : `已替换本机草稿：${name}（${q.changes.length} 项内容改变）` });
      // Hint: replacing keeps the files already there; the package's are added beside them (the same file not twice).
      for (const m of await restoreFilesOf(id, waiting.current.get(q.item.draft.id) ?? [])) say(m);
    } catch (e) {
      if (mode === 'replace' && movedOn(e)) {
        const fresh = await askAbout(store, q.item, q.exportedAt, AGAIN);
        return setQuestions((qs) => [...qs, fresh]);
      }
      say({ text: e instanceof Error ? e.message : String(e), error: true });
    }
  };

  return (
    <FileDrop onFiles={(files) => void readFile(files[0]!)}>
      <label class="secondary-button file-button">
        从文件导入草稿
        <input
          type="file"
          accept=".json,.zip,application/json,application/zip"
          class="visually-hidden"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void readFile(file);
          }}
        />
      </label>
      <span class="hint">或把导出的 .json 文件（或含附件的 .zip 文件）拖到这里</span>
      {questions.map((q) => (
        <ImportQuestion q={q} onAnswer={(x, mode) => void answer(x, mode)} />
      ))}
      <ImportMessages messages={messages} />
    </FileDrop>
  );
}
