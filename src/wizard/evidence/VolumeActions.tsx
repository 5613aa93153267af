// 「生成佐证材料汇编 PDF」 on the 佐证材料清单 page: one PDF of the cover, the index and every attached file, written in
// its worker with a progress bar while the page stays usable; 「在前面装订申报表（装订成册）」 puts the 申报表 in front.
// Focus as in PdfActions: the button keeps it while writing (aria-disabled, never disabled), then the result — the
// file's name and size with a download link, or the list of files that could not be bound — takes it.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatBytes } from '../../storage/format';
import { useVolumeFlow, type VolumeSource } from './useVolumeFlow';

function Result({ phase, boxRef }: { phase: ReturnType<typeof useVolumeFlow>['phase']; boxRef: RefObject<HTMLDivElement> }) {
  if (phase.step === 'done')
    return (
      <div role="status" class="pdf-done" tabIndex={-1} ref={boxRef}>
        <p>
          已生成“{phase.fileName}”（{formatBytes(phase.size)}）。{' '}
          <a href={phase.url} download={phase.fileName}>
            再次下载 {phase.fileName}
          </a>
        </p>
        {phase.missing.length > 0 && <p>以下字符无法显示，汇编中以“〓”代替：{phase.missing.join(' ')}</p>}
      </div>
    );
  if (phase.step === 'bad-files')
    return (
      <div role="alert" class="error-message" tabIndex={-1} ref={boxRef}>
        <p>有 {phase.problems.length} 个文件无法装订，未生成汇编。请替换或删除这些文件后再生成（其他已附文件不受影响）：</p>
        <ul>
          {phase.problems.map((p) => (
            <li key={`${p.itemNumber}-${p.fileName}`}>{p.message}</li>
          ))}
        </ul>
      </div>
    );
  if (phase.step === 'failed')
    return (
      <div role="alert" class="error-message" tabIndex={-1} ref={boxRef}>
        <p>生成佐证材料汇编失败：{phase.message}</p>
      </div>
    );
  return null;
}

export function VolumeActions(props: VolumeSource) {
  const { phase, write } = useVolumeFlow(props);
  const [withForm, setWithForm] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (phase.step === 'done' || phase.step === 'bad-files' || phase.step === 'failed') resultRef.current?.focus();
  }, [phase.step]);
  // Hint: like 核对信息's PDF warm-up: once the page is idle, load what the first volume needs.
  useEffect(() => {
    const warm = () => void import('../../evidence/volume/client').then((c) => c.warmUp());
    const idle = (globalThis as { requestIdleCallback?: (f: () => void) => number }).requestIdleCallback;
    if (idle) idle(warm);
    else setTimeout(warm, 1500);
  }, []);
  const busy = phase.step === 'writing';
  return (
    <div class="pdf-actions volume-actions">
      <label class="volume-front">
        <input type="checkbox" checked={withForm} onChange={(e) => setWithForm(e.currentTarget.checked)} />
        在前面装订申报表（装订成册）
      </label>
      <div class="pdf-buttons">
        <button type="button" class="primary-button" aria-disabled={busy} onClick={() => !busy && void write(withForm)}>
          生成佐证材料汇编 PDF
        </button>
      </div>
      {phase.step === 'writing' && (
        <div role="status" class="pdf-progress">
          <progress max={1} value={phase.fraction} aria-label="佐证材料汇编生成进度" aria-valuetext={`${Math.round(phase.fraction * 100)}%，${phase.stage}`} />{' '}
          {Math.round(phase.fraction * 100)}% {phase.stage}
        </div>
      )}
      <Result phase={phase} boxRef={resultRef} />
    </div>
  );
}
