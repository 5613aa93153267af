// The drafts of this computer, each with 「加入汇总表」: the draft is read as it is stored and added to the table
// (never changed). Drafts of another notice than the table's say so on their button.
import { useState } from 'preact/hooks';
import { noticeById } from '../../forms';
import type { DraftSummary } from '../../storage';
import { useDrafts } from '../start/useDrafts';
import type { TableEntry } from './entries';

interface Props {
  /** The table's notice, once it has a draft. */
  noticeId?: string;
  /** Ids already in the table. */
  inTable: ReadonlySet<string>;
  onAdd: (entries: TableEntry[]) => void;
  onProblem: (text: string) => void;
}

export function LocalDrafts({ noticeId, inTable, onAdd, onProblem }: Props) {
  const { store, drafts } = useDrafts();
  const [busy, setBusy] = useState(false);
  if (drafts === null) return <p class="loading">正在读取本机草稿…</p>;
  if (!drafts.length) return <p>本机没有草稿。可以在下面导入各县导出的草稿文件。</p>;
  const add = async (d: DraftSummary) => {
    if (!store) return;
    setBusy(true);
    const loaded = await store.loadDraft(d.id);
    setBusy(false);
    if (!loaded.ok) return onProblem(`无法读取“${d.name}”：${loaded.error}`);
    onAdd([{ origin: '本机草稿', draft: loaded.draft }]);
  };
  return (
    <ul class="local-drafts">
      {drafts.map((d) => (
        <li>
          <span class="draft-name">{d.name}</span>
          <span class="hint">
            {noticeById(d.noticeId).documentNumber}
            {noticeId && d.noticeId !== noticeId && '（与汇总表不是同一通知）'}
          </span>
          <button type="button" class="secondary-button" disabled={busy || inTable.has(d.id)} onClick={() => void add(d)} aria-label={`加入汇总表：${d.name}`}>
            {inTable.has(d.id) ? '已在表中' : '加入汇总表'}
          </button>
        </li>
      ))}
    </ul>
  );
}
