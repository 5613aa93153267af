// 佐证材料清单: every item the draft calls for, in one numbering (附件1…N) — the notice's own list where it has one
// (Guangdong 附件2, 26 items), the evidence the form's answers call for section by section, the qualitative criteria
// declared met — each with its status (待准备 / 已附 N 个文件 / 自我声明 / 不适用), its files, and the ways to attach
// or mark it. Printable with the cluster, the notice, the date and every status.
import { useComputed } from '@preact/signals';
import { useState } from 'preact/hooks';
import { countsText, evidenceItems, statusCounts, type EvidenceEntry } from '../evidence';
import { unlistedFiles } from '../evidence/volumeRequest';
import { clusterNameOf, formatBytes } from '../storage';
import type { AnyDraft } from '../forms/registry';
import { AskBox } from './evidence/AskBox';
import { DeclarationSheet } from './evidence/Declaration';
import { draftEvidence } from './evidence/draftEvidence';
import { draftFiles, fileCounts } from './evidence/files';
import { EvidenceSectionView } from './evidence/Section';
import { UnlistedFiles } from './evidence/Unlisted';
import { PackageExport } from './evidence/PackageExport';
import { VolumeSection } from './evidence/VolumeSection';
import type { DraftStore } from '../storage';
import type { Step } from './steps';
import type { Editor } from './store';

const _today = (d = new Date()) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

/** Print only the declaration page: the rest of the page is hidden while the class is on. */
function _printDeclaration(): void {
  const root = document.documentElement;
  root.classList.add('printing-declaration');
  const done = () => root.classList.remove('printing-declaration');
  addEventListener('afterprint', done, { once: true });
  print();
}

export function EvidencePage({ store, steps, drafts }: { store: Editor; steps: readonly Step[]; drafts: DraftStore }) {
  const sections = useComputed(() => {
    void store.revision.value;
    return draftEvidence(store);
  });
  const { files, problem } = draftFiles(store.draft.id);
  const [declaration, setDeclaration] = useState<EvidenceEntry | null>(null);
  const list = files.value ?? [];
  const counts = fileCounts(list);
  const all = evidenceItems(sections.value);
  const checklist = store.ctx.notice.evidenceChecklist;
  const { notice, form } = store.ctx;
  const clusterName = clusterNameOf(store.snapshot() as unknown as AnyDraft);
  const noticeTitle = `${notice.title}（${notice.documentNumber}）`;
  const rule = form.instructions.find((t) => t.includes('佐证材料包括'));
  const listSections = sections.value.filter((s) => s.key.startsWith('list:'));
  const formSections = sections.value.filter((s) => !s.key.startsWith('list:') && s.key !== 'criteria');
  const criteria = sections.value.find((s) => s.key === 'criteria');
  const printDeclaration = (entry: EvidenceEntry) => {
    setDeclaration(entry);
    // Hint: printed once the sheet has rendered.
    requestAnimationFrame(_printDeclaration);
  };
  const view = (label?: string) => (s: (typeof sections.value)[number]) => (
    <EvidenceSectionView key={s.key} section={s} store={store} files={list} counts={counts} label={label && `${label} ${s.heading}`} onPrintDeclaration={printDeclaration} />
  );
  return (
    // Hint: a file dropped beside an item would otherwise make the browser open it in place of the page.
    <article class="evidence" aria-labelledby="step-title" onDragOver={(e) => e.preventDefault()} onDrop={(e) => e.preventDefault()}>
      <h1 id="step-title" tabIndex={-1}>
        佐证材料清单
      </h1>
      <p class="evidence-meta">
        集群名称：{clusterName || '（封面尚未填写集群名称）'}　申报通知：{noticeTitle}　日期：{_today()}
      </p>
      <p class="evidence-total">
        {countsText(statusCounts(all, store.evidence.value, counts))}。本草稿已附 {list.length} 个文件，共 {formatBytes(list.reduce((n, f) => n + f.size, 0))}（保存在本机浏览器中，不会上传）。
      </p>
      {problem.value && (
        <p class="notice-banner error" role="alert">
          {problem.value}
        </p>
      )}
      <button type="button" class="secondary-button print-button" onClick={() => print()}>
        打印本清单
      </button>
      <PackageExport editor={store} drafts={drafts} />
      <VolumeSection store={store} steps={steps} />
      {rule && <p class="hint">填报说明：{rule.replace(/^\d+\.\s*/, '')}</p>}
      <AskBox />
      {checklist && (
        <section aria-labelledby="checklist-title">
          <h2 id="checklist-title">
            通知要求报送的{checklist.title}（{checklist.source}，共 {listSections.reduce((n, s) => n + s.items.length, 0)} 项）
          </h2>
          {listSections.map(view(checklist.source))}
          {checklist.note && <p class="note">{checklist.note}</p>}
        </section>
      )}
      <section aria-labelledby="evidence-form">
        <h2 id="evidence-form">申报表中注明需提供佐证材料的项目</h2>
        <p class="lead">
          {formSections.length
            ? `按目前的填写，表中注明需提供佐证材料、清单或计算公式的共 ${formSections.reduce((n, s) => n + s.items.length, 0)} 项，请逐项准备，随申报表一并报送。`
            : '按目前的填写，还没有需要提供佐证材料的项目：勾选的选项、答“是”的事项和填写了数量的清单类项目会列在这里。'}
        </p>
        {formSections.map(view())}
      </section>
      {criteria && view()(criteria)}
      <UnlistedFiles files={unlistedFiles(sections.value, list)} draftId={store.draft.id} />
      {declaration && <DeclarationSheet entry={declaration} clusterName={clusterName} noticeTitle={noticeTitle} />}
    </article>
  );
}
