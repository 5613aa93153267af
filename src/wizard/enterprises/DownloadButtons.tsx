// Buttons that download 表1 or the 统计汇总表 as Excel or PDF, with what is happening said in a status line.
import { useState } from 'preact/hooks';
import { downloadDocument } from './downloads';
import type { DocumentKind, DocumentSource, FileKind } from './downloads';

const names: Record<DocumentKind, string> = { template: '企业发展情况表（表1）模板', summary: '统计汇总表' };
const files: Record<FileKind, string> = { xlsx: 'Excel', pdf: 'PDF' };

type State = { step: 'idle' } | { step: 'busy'; what: string } | { step: 'done'; text: string } | { step: 'failed'; text: string };

export function DownloadButtons({ kind, source }: { kind: DocumentKind; source: () => DocumentSource }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const go = async (file: FileKind) => {
    const what = `${names[kind]}（${files[file]}）`;
    setState({ step: 'busy', what });
    try {
      const missing = await downloadDocument(kind, file, source());
      const note = missing.length ? `；以下字符字体中没有，印作“〓”：${missing.join(' ')}` : '';
      setState({ step: 'done', text: `已生成${what}${note}` });
    } catch (e) {
      setState({ step: 'failed', text: `生成${what}失败：${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <div class="pdf-actions enterprise-downloads">
      <div class="pdf-buttons">
        {(['xlsx', 'pdf'] as const).map((file) => (
          <button type="button" class="secondary-button" disabled={state.step === 'busy'} onClick={() => void go(file)}>
            下载{names[kind]}（{files[file]}）
          </button>
        ))}
      </div>
      {state.step === 'busy' && <p role="status">正在生成{state.what}…</p>}
      {state.step === 'done' && <p role="status">{state.text}</p>}
      {state.step === 'failed' && (
        <p role="alert" class="error-message">
          {state.text}
        </p>
      )}
    </div>
  );
}
