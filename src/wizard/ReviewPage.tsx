// 核对信息: what is still open (errors, warnings, unanswered items per section, each linked to its field), the
// PDF buttons behind that gate, then every section's answers in a compact read-only summary with 「修改」 links.
// Opening it warms the PDF worker, so the click on 「下载 PDF」 finds the writer ready.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { isFilled } from '../forms/filled';
import { fieldName } from './names';
import { countProblems, isDraft, openProblems } from './openProblems';
import { PdfActions } from './PdfActions';
import { ReviewProblems } from './ReviewProblems';
import { routeHref } from './route';
import { stepFields } from './steps';
import type { Step } from './steps';
import type { Editor } from './store';
import { summarise } from './summary';

function useWarmPdf(noticeId: string): void {
  useEffect(() => {
    // Hint: a throwaway blank form loads the worker, the font and the writer while the user reads this page.
    void import('../pdf/client').then((c) => c.warmUp(noticeId)).catch(() => {});
  }, [noticeId]);
}

export function ReviewPage({ store, steps }: { store: Editor; steps: readonly Step[] }) {
  const { form } = store.ctx;
  const values = store.values();
  const revision = store.revision.value;
  const sections = useMemo(() => openProblems(store.ctx, store.values(), steps), [revision, steps]);
  const counts = countProblems(sections);
  const listRef = useRef<HTMLDivElement>(null);
  useWarmPdf(store.ctx.notice.id);
  const gate = () => ({ draft: isDraft(counts), errors: counts.error, unanswered: counts.unanswered });
  return (
    <article class="review" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        核对信息
      </h1>
      <ReviewProblems draftId={store.draft.id} sections={sections} counts={counts} listRef={listRef} />
      <section aria-labelledby="pdf-title">
        <h2 id="pdf-title">生成打印用 PDF</h2>
        <PdfActions
          noticeId={store.ctx.notice.id}
          values={() => store.values()}
          title={store.draft['title'] as string | undefined}
          gate={gate}
          onFix={() => listRef.current?.focus()}
        />
      </section>
      {steps.map((step) => (
        <section aria-labelledby={`review-${step.id}`}>
          <h2 id={`review-${step.id}`}>
            {step.title}
            <a class="change-section" aria-label={`修改 ${step.title}`} href={routeHref({ draftId: store.draft.id, step: step.id })}>
              修改
            </a>
          </h2>
          <dl class="summary-list">
            {stepFields(form, step.id).map((f) => {
              const filled = isFilled(f, values, form.years);
              const text = summarise(f, values, form.years);
              return (
                <div class={`summary-row ${filled ? '' : 'missing'}`}>
                  <dt>{fieldName(f)}</dt>
                  <dd class="value">{text || <span class="missing-text">未填写</span>}</dd>
                  <dd class="action">
                    <a aria-label={`修改 ${fieldName(f)}`} href={routeHref({ draftId: store.draft.id, step: step.id, focus: f.id })}>
                      修改
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </article>
  );
}
