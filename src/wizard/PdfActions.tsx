// 「预览 PDF」 and 「下载 PDF」: the PDF is written in a Web Worker (loaded on first use), with a progress bar;
// characters the font lacks are listed with their fields before anything is written.
import type { FormValues } from '../forms/fieldValues';
import { useState } from 'preact/hooks';
import type { GeneratedPdf, MissingCharacter } from '../pdf/client';
import { downloadBlob } from './persistence';
import { SubmitLink } from './submit/SubmitLink';

type Want = 'preview' | 'download';
type Phase =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'missing'; want: Want; missing: MissingCharacter[] }
  | { step: 'writing'; fraction: number; stage: string }
  | { step: 'done'; pdf: GeneratedPdf; url?: string }
  | { step: 'failed'; message: string };

interface Props {
  noticeId: string;
  /** The draft's values, read when a button is pressed; null for the blank form. */
  values: () => FormValues | null;
  title?: string;
  /** Button text prefix: 「下载 PDF」 or 「下载空白表格」. */
  blank?: boolean;
}

const client = () => import('../pdf/client');

export function PdfActions({ noticeId, values, title, blank }: Props) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const write = async (want: Want) => {
    setPhase({ step: 'writing', fraction: 0, stage: '正在准备字体和排版程序…' });
    try {
      const { generatePdf } = await client();
      const pdf = await generatePdf({ noticeId, values: values(), title }, (fraction, stage) => setPhase({ step: 'writing', fraction, stage }));
      const blob = new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' });
      if (want === 'download') downloadBlob(blob, pdf.fileName);
      setPhase({ step: 'done', pdf, url: want === 'preview' ? URL.createObjectURL(blob) : undefined });
    } catch (e) {
      setPhase({ step: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const start = async (want: Want) => {
    setPhase({ step: 'checking' });
    try {
      const { findMissingCharacters } = await client();
      const missing = await findMissingCharacters(noticeId, values());
      if (missing.length) return setPhase({ step: 'missing', want, missing });
      await write(want);
    } catch (e) {
      setPhase({ step: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const busy = phase.step === 'checking' || phase.step === 'writing';
  return (
    <div class="pdf-actions">
      <div class="pdf-buttons">
        {!blank && (
          <button type="button" class="secondary-button" disabled={busy} onClick={() => void start('preview')}>
            预览 PDF
          </button>
        )}
        <button type="button" class="primary-button" disabled={busy} onClick={() => void start('download')}>
          {blank ? '下载空白表格 PDF' : '下载 PDF'}
        </button>
      </div>
      {phase.step === 'checking' && <p role="status">正在检查字符…</p>}
      {phase.step === 'writing' && (
        <div role="status" class="pdf-progress">
          <progress max={1} value={phase.fraction} aria-label="生成进度" /> {phase.stage}
        </div>
      )}
      {phase.step === 'missing' && <MissingList missing={phase.missing} onGo={() => void write(phase.want)} onBack={() => setPhase({ step: 'idle' })} />}
      {phase.step === 'failed' && (
        <p role="alert" class="error-message">
          生成 PDF 失败：{phase.message}
        </p>
      )}
      {phase.step === 'done' && (
        <div role="status" class="pdf-done">
          <p>已生成“{phase.pdf.fileName}”（{Math.round(phase.pdf.bytes.length / 1024)} KB）。打印后请在签字、盖章处用笔填写。</p>
          {!blank && <SubmitLink /* issue 11: what else to deliver, once the PDF is written */ />}
          {phase.url && <iframe class="pdf-preview" src={phase.url} title={`PDF 预览：${phase.pdf.fileName}`} />}
        </div>
      )}
    </div>
  );
}

function MissingList({ missing, onGo, onBack }: { missing: MissingCharacter[]; onGo: () => void; onBack: () => void }) {
  return (
    <div class="confirm-box" role="alertdialog" aria-labelledby="missing-title">
      <h3 id="missing-title">以下字符无法显示：</h3>
      <ul>
        {missing.map((m) => (
          <li>
            <strong class="missing-char">{m.char}</strong>（在“{m.labels.join('”“')}”中）
          </li>
        ))}
      </ul>
      <p>字体中没有这些字符，PDF 中会显示为“〓”。建议改用常用字或在打印后手写补上。</p>
      <button type="button" class="secondary-button" onClick={onBack}>
        返回修改
      </button>{' '}
      <button type="button" class="primary-button" onClick={onGo}>
        仍然生成 PDF
      </button>
    </div>
  );
}
