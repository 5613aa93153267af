// 推荐汇总表（市级汇总）: a 市/州 official gathers the counties' drafts of one notice — from this computer or from the
// files the counties sent — puts them in order and downloads the notice's table as PDF, Word or Excel.
import { useState } from 'preact/hooks';
import { resolveNotice } from '../../forms';
import { SummaryTableActions } from '../submit/SummaryTableActions';
import { CountyFiles } from './CountyFiles';
import { addEntries, entryIssues, moveEntry, rowOf, type TableEntry } from './entries';
import { EntryList } from './EntryList';
import { HeadingInputs } from './HeadingInputs';
import { LocalDrafts } from './LocalDrafts';
import { ImportMessages } from '../start/FileDrop';

export function CityTablePage() {
  const [entries, setEntries] = useState<readonly TableEntry[]>([]);
  const [messages, setMessages] = useState<readonly { text: string; error: boolean }[]>([]);
  const [contact, setContact] = useState('');
  const [disclosure, setDisclosure] = useState('');
  const add = (incoming: readonly TableEntry[], problems: readonly string[] = []) => {
    const added = addEntries(entries, incoming);
    setEntries(added.entries);
    const count = added.entries.length - entries.length;
    const errors = [...problems, ...added.refused].map((text) => ({ text, error: true }));
    setMessages([...(count ? [{ text: `已加入 ${count} 个集群。`, error: false }] : []), ...errors]);
  };
  const notice = entries[0] ? resolveNotice(entries[0].draft.noticeId).notice : undefined;
  return (
    <div class="city-table">
      <h2>1. 选择本机草稿或导入各县的草稿文件</h2>
      <p>一张汇总表只汇总同一份通知的草稿。{notice && `当前汇总表：${notice.documentNumber}《${notice.summaryTable.title}》。`}</p>
      <h3>本机草稿</h3>
      <LocalDrafts noticeId={notice?.id} inTable={new Set(entries.map((e) => e.draft.id))} onAdd={(e) => add(e)} onProblem={(t) => setMessages([{ text: t, error: true }])} />
      <h3>各县的草稿文件</h3>
      <CountyFiles onRead={add} />
      <ImportMessages messages={messages} />
      <h2>2. 排列顺序</h2>
      {entries.length ? (
        <EntryList entries={entries} onMove={(i, d) => setEntries(moveEntry(entries, i, d))} onRemove={(i) => setEntries(entries.filter((_, j) => j !== i))} />
      ) : (
        <p>还没有加入集群。</p>
      )}
      <h2>3. 下载汇总表</h2>
      {notice ? (
        <>
          <HeadingInputs notice={notice} contact={contact} disclosure={disclosure} onContact={setContact} onDisclosure={setDisclosure} />
          <SummaryTableActions
            notice={notice}
            rows={() => entries.map(rowOf)}
            heading={() => ({ contact, ...(disclosure ? { disclosure } : {}) })}
            issues={() => entryIssues(entries)}
          />
        </>
      ) : (
        <p>加入集群后可下载。</p>
      )}
    </div>
  );
}
