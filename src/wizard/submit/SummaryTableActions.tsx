// Downloading a 推荐汇总表 as PDF, Word or Excel. What would print wrong (an empty column, a 简介 over the limit, a
// 【待补充】 left) is named, cluster by cluster, before anything is written; the official goes back or writes anyway.
import { useState } from 'preact/hooks';
import type { Notice } from '../../forms/notices';
import type { SummaryHeading } from '../../submission/summaryDocument';
import type { SummaryIssue } from '../../submission/summaryIssues';
import type { SummaryRowTexts } from '../../submission/summaryRow';
import { downloadSummaryTable, type TableFile } from './files';

const FILES: { readonly file: TableFile; readonly label: string }[] = [
  { file: 'pdf', label: 'PDF（打印盖章用）' },
  { file: 'docx', label: 'Word/WPS 文字（可编辑）' },
  { file: 'xlsx', label: 'Excel/WPS 表格（可编辑）' },
];

interface Props {
  notice: Notice;
  rows: () => readonly SummaryRowTexts[];
  heading: () => SummaryHeading;
  /** The issues of each row, by its cluster's name (or 「第 N 个集群」). */
  issues: () => readonly { readonly cluster: string; readonly issues: readonly SummaryIssue[] }[];
  /** The file's name without extension; the table's title by default. */
  fileBase?: string;
}

type State = { step: 'idle' } | { step: 'asking'; file: TableFile } | { step: 'busy'; label: string } | { step: 'done'; text: string } | { step: 'failed'; text: string };

export function SummaryTableActions({ notice, rows, heading, issues, fileBase }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const label = (file: TableFile) => `${notice.summaryTable.title}（${FILES.find((f) => f.file === file)!.label}）`;
  const write = async (file: TableFile) => {
    setState({ step: 'busy', label: label(file) });
    try {
      const missing = await downloadSummaryTable(notice, rows(), heading(), file, fileBase);
      const note = missing.length ? `；以下字符字体中没有，印作“〓”：${missing.join(' ')}` : '';
      setState({ step: 'done', text: `已生成${label(file)}${note}` });
    } catch (e) {
      setState({ step: 'failed', text: `生成${label(file)}失败：${e instanceof Error ? e.message : String(e)}` });
    }
  };
  const ask = (file: TableFile) => (issues().some((r) => r.issues.length) ? setState({ step: 'asking', file }) : void write(file));
  return (
    <div class="pdf-actions summary-table-actions">
      <div class="pdf-buttons">
        {FILES.map((f) => (
          <button type="button" class="secondary-button" disabled={state.step === 'busy'} onClick={() => ask(f.file)}>
            下载汇总表 {f.label}
          </button>
        ))}
      </div>
      {state.step === 'asking' && <IssuesQuestion issues={issues()} onGo={() => void write(state.file)} onBack={() => setState({ step: 'idle' })} />}
      {state.step === 'busy' && <p role="status">正在生成{state.label}…</p>}
      {state.step === 'done' && <p role="status">{state.text}</p>}
      {state.step === 'failed' && (
        <p role="alert" class="error-message">
          {state.text}
        </p>
      )}
    </div>
  );
}

function IssuesQuestion({ issues, onGo, onBack }: { issues: Props['issues'] extends () => infer R ? R : never; onGo: () => void; onBack: () => void }) {
  return (
    <div class="confirm-box" role="alertdialog" aria-labelledby="summary-issues-title">
      <h3 id="summary-issues-title">汇总表中以下内容需要注意：</h3>
      <ul>
        {issues
          .filter((r) => r.issues.length)
          .map((r) => (
            <li>
              {r.cluster}：{r.issues.map((i) => i.message).join('；')}
            </li>
          ))}
      </ul>
      <p>照原样生成时，空栏留空，简介按填写的原文印出（不会截断）。</p>
      <button type="button" class="secondary-button" onClick={onBack}>
        返回修改
      </button>{' '}
      <button type="button" class="primary-button" onClick={onGo}>
        仍然生成
      </button>
    </div>
  );
}
