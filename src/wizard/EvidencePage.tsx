// 佐证材料清单: the notice's own list where it has one (Guangdong 附件2, 26 items); the evidence the draft's answers
// call for — each ticked option, each 「是」 that asks for proof, each filled item whose label or note says
// 「需提供清单及佐证材料」 — by section, with a 「修改」 link back; the qualitative criteria the user declared met
// (须有佐证材料支持). Printable, to gather the material by.
import { useComputed } from '@preact/signals';
import { checklistEntries, evidenceList, type EvidenceItem } from '../evidence';
import { eligibilityReport } from '../rules';
import { NoticeChecklist } from './NoticeChecklist';
import { routeHref } from './route';
import type { Step } from './steps';
import type { Editor } from './store';

function Item({ item, draftId }: { item: EvidenceItem; draftId: string }) {
  return (
    <li class="evidence-item">
      <div>
        <span class="evidence-label">{item.label}</span>：{item.answer}
        <span class="evidence-demand">（{item.demand}）</span>
      </div>
      <a aria-label={`修改 ${item.label}`} href={routeHref({ draftId, step: item.sectionId, focus: item.fieldId })}>
        修改
      </a>
    </li>
  );
}

export function EvidencePage({ store, steps }: { store: Editor; steps: readonly Step[] }) {
  const { form } = store.ctx;
  const items = useComputed(() => {
    void store.revision.value;
    return evidenceList(form, store.values());
  });
  const declared = useComputed(() => {
    void store.revision.value;
    return eligibilityReport(store.ctx, store.values(), store.declared.value).filter((r) => r.verdict === 'declared');
  });
  const checklist = store.ctx.notice.evidenceChecklist;
  const entries = useComputed(() => {
    void store.revision.value;
    return checklist ? checklistEntries(checklist, form, store.values()) : [];
  });
  const rule = form.instructions.find((t) => t.includes('佐证材料包括'));
  const sections = steps.filter((s) => items.value.some((i) => i.sectionId === s.id));
  return (
    <article class="evidence" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        佐证材料清单
      </h1>
      <button type="button" class="secondary-button print-button" onClick={() => print()}>
        打印本清单
      </button>
      {rule && <p class="hint">填报说明：{rule.replace(/^\d+\.\s*/, '')}</p>}
      {checklist && <NoticeChecklist checklist={checklist} entries={entries.value} draftId={store.draft.id} store={store} />}
      <section aria-labelledby="evidence-form">
        <h2 id="evidence-form">申报表中注明需提供佐证材料的项目</h2>
        <p class="lead">
          {items.value.length
            ? `按目前的填写，表中注明需提供佐证材料、清单或计算公式的共 ${items.value.length} 项，请逐项准备，随申报表一并报送。`
            : '按目前的填写，还没有需要提供佐证材料的项目：勾选的选项、答“是”的事项和填写了数量的清单类项目会列在这里。'}
        </p>
        {sections.map((s) => (
          <section aria-labelledby={`evidence-${s.id}`}>
            <h3 id={`evidence-${s.id}`}>{s.title}</h3>
            <ol class="evidence-list">
              {items.value
                .filter((i) => i.sectionId === s.id)
                .map((i) => (
                  <Item item={i} draftId={store.draft.id} />
                ))}
            </ol>
          </section>
        ))}
      </section>
      {declared.value.length > 0 && (
        <section aria-labelledby="evidence-declared">
          <h2 id="evidence-declared">已自评符合的定性条件（须有佐证材料支持）</h2>
          <ol class="evidence-list">
            {declared.value.map((r) => (
              <li class="evidence-item">
                <div>
                  <span class="evidence-label">{r.title}</span>：{r.clause}
                  <span class="evidence-demand">（{r.source}）</span>
                </div>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
