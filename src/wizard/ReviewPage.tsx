// 核对信息: every section's answers in a compact read-only summary, each with a 「修改」 link back to the
// field; unanswered required items highlighted.
import { isFilled } from '../forms/filled';
import { fieldName } from './names';
import { PdfActions } from './PdfActions';
import { routeHref } from './route';
import { stepFields } from './steps';
import type { Step } from './steps';
import type { Editor } from './store';
import { summarise } from './summary';

export function ReviewPage({ store, steps }: { store: Editor; steps: readonly Step[] }) {
  const { form } = store.ctx;
  const values = store.values();
  const missing = steps.flatMap((s) => stepFields(form, s.id).filter((f) => !isFilled(f, values, form.years)));
  return (
    <article class="review" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        核对信息
      </h1>
      <p>{missing.length ? `还有 ${missing.length} 项未填写，已用黄色标出。` : '所有必填项都已填写。'}</p>
      <section aria-labelledby="pdf-title">
        <h2 id="pdf-title">生成打印用 PDF</h2>
        <PdfActions noticeId={store.ctx.notice.id} values={() => store.values()} title={store.draft['title'] as string | undefined} />
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
