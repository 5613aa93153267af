// The questions 「下载 PDF」 may ask before writing, as alert dialogs that take focus: the draft still has open
// problems (先去修改 / 仍生成草稿), or characters the font lacks (返回修改 / 仍然生成 PDF); and the result message.
import type { ComponentChildren, Ref } from 'preact';
import type { GeneratedPdf, MissingCharacter } from '../pdf/client';

interface Choice {
  onGo: () => void;
  onBack: () => void;
  boxRef: Ref<HTMLDivElement>;
}

export function GateBox({ errors, unanswered, onGo, onBack, boxRef }: Choice & { errors: number; unanswered: number }) {
  return (
    <div class="confirm-box" role="alertdialog" aria-labelledby="gate-title" aria-describedby="gate-text" tabIndex={-1} ref={boxRef}>
      <h3 id="gate-title">申报表还没有填完</h3>
      <p id="gate-text">
        还有 {errors} 个错误、{unanswered} 项未填写（见本页上方）。现在生成的 PDF 每页都会标注“草稿（未完成）”，文件名也会注明“草稿”，不能作为正式申报表报送。
      </p>
      <button type="button" class="primary-button" onClick={onBack}>
        先去修改
      </button>{' '}
      <button type="button" class="secondary-button" onClick={onGo}>
        仍生成草稿
      </button>
    </div>
  );
}

export function MissingBox({ missing, onGo, onBack, boxRef }: Choice & { missing: MissingCharacter[] }) {
  return (
    <div class="confirm-box" role="alertdialog" aria-labelledby="missing-title" tabIndex={-1} ref={boxRef}>
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

export function DoneMessage({ pdf, url, draft, boxRef, children }: { pdf: GeneratedPdf; url?: string; draft: boolean; boxRef: Ref<HTMLDivElement>; children?: ComponentChildren }) {
  const kb = Math.round(pdf.bytes.length / 1024);
  return (
    <div role="status" class="pdf-done" tabIndex={-1} ref={boxRef}>
      <p>
        {draft ? `已生成草稿“${pdf.fileName}”（${kb} KB），每页标有“草稿（未完成）”。` : `已生成“${pdf.fileName}”（${kb} KB）。`}
        打印后请在签字、盖章处用笔填写。
      </p>
      {children}
      {url && <iframe class="pdf-preview" src={url} title={`PDF 预览：${pdf.fileName}`} />}
    </div>
  );
}
