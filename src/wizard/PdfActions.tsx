// 「预览 PDF」 and 「下载 PDF」: the PDF is written in a Web Worker (loaded on first use), with a progress bar.
// Before writing: a draft with open problems asks 「先去修改」 / 「仍生成草稿」 (a draft PDF is marked 草稿 on every
// page and in its name), and characters the font lacks are listed with their fields.
// Focus (issue 13): the button keeps it while the PDF is written (it is never disabled, only aria-disabled),
// then the result message takes it; a question takes it, and 返回/仍然 give it back to the button.
import type { FormValues } from '../forms/fieldValues';
import { useEffect, useRef } from 'preact/hooks';
import { DoneMessage, GateBox, MissingBox } from './PdfDialogs';
import { usePdfFlow, type Want } from './usePdfFlow';
import { SubmitLink } from './submit/SubmitLink';

/** What the gate knows when a button is pressed: whether a PDF now would be a draft, and why. */
export interface PdfGate {
  readonly draft: boolean;
  readonly errors: number;
  readonly unanswered: number;
}

interface Props {
  noticeId: string;
  /** The draft's values, read when a button is pressed; null for the blank form. */
  values: () => FormValues | null;
  title?: string;
  /** Button text prefix: 「下载 PDF」 or 「下载空白表格」. */
  blank?: boolean;
  /** Open problems of the draft, asked when a button is pressed; none for the blank form. */
  gate?: () => PdfGate;
  /** 「先去修改」: show the user the open problems. */
  onFix?: () => void;
}

export function PdfActions({ noticeId, values, title, blank, gate, onFix }: Props) {
  const { phase, setPhase, check, write } = usePdfFlow({ noticeId, values, title });
  const buttons = { preview: useRef<HTMLButtonElement>(null), download: useRef<HTMLButtonElement>(null) };
  const focusRef = useRef<HTMLDivElement>(null);
  const last = useRef<Want>('download');
  useEffect(() => {
    if (phase.step === 'gate' || phase.step === 'missing' || phase.step === 'done') focusRef.current?.focus();
  }, [phase.step]);
  const back = () => buttons[last.current].current?.focus();

  const busy = phase.step === 'checking' || phase.step === 'writing';
  const start = (want: Want) => {
    if (busy) return;
    last.current = want;
    const open = gate?.();
    if (open?.draft) return setPhase({ step: 'gate', want, errors: open.errors, unanswered: open.unanswered });
    void check(want, false);
  };
  const button = (want: Want, text: string, cls: string) => (
    <button type="button" class={cls} ref={buttons[want]} aria-disabled={busy} onClick={() => start(want)}>
      {text}
    </button>
  );
  return (
    <div class="pdf-actions">
      <div class="pdf-buttons">
        {!blank && button('preview', '预览 PDF', 'secondary-button')}
        {button('download', blank ? '下载空白表格 PDF' : '下载 PDF', 'primary-button')}
      </div>
      {phase.step === 'checking' && <p role="status">正在检查字符…</p>}
      {phase.step === 'writing' && (
        <div role="status" class="pdf-progress">
          <progress max={1} value={phase.fraction} aria-label="生成进度" /> {phase.stage}
        </div>
      )}
      {phase.step === 'gate' && (
        <GateBox
          errors={phase.errors}
          unanswered={phase.unanswered}
          boxRef={focusRef}
          onBack={() => (setPhase({ step: 'idle' }), onFix?.())}
          onGo={() => (back(), void check(phase.want, true))}
        />
      )}
      {phase.step === 'missing' && (
        <MissingBox
          missing={phase.missing}
          boxRef={focusRef}
          onBack={() => (setPhase({ step: 'idle' }), back())}
          onGo={() => (back(), void write(phase.want, phase.draft))}
        />
      )}
      {phase.step === 'failed' && (
        <p role="alert" class="error-message">
          生成 PDF 失败：{phase.message}
        </p>
      )}
      {phase.step === 'done' && (
        <DoneMessage pdf={phase.pdf} url={phase.url} draft={phase.draft} boxRef={focusRef}>
          {!blank && <SubmitLink /* issue 11: what else to deliver, once the PDF is written */ />}
        </DoneMessage>
      )}
    </div>
  );
}
