// 核对信息: what is still open (errors, warnings, unanswered items per section, each linked to its field), the
// PDF buttons behind that gate, then every section's answers in a compact read-only summary with 「修改」 links.
// Opening it has the draft's PDF written ahead (pdf/ahead.ts), so the click on 「下载 PDF」 finds it ready.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { isFilled } from '../forms/filled';
import type { GeneratePdfRequest } from '../pdf/client';
import { fieldName } from './names';
import { countProblems, isDraft, openProblems } from './openProblems';
import { PdfActions } from './PdfActions';
import { ReviewProblems } from './ReviewProblems';
import { routeHref } from './route';
import { stepFields } from './steps';
import type { Step } from './steps';
import type { Editor } from './store';
import { summarise } from './summary';

/** How long the draft stays unchanged (another tab may be typing into it) before its PDF is written ahead again. */
const PREPARE_AFTER_MS = 400;

/** Has the PDF written ahead from the draft as it is now (again after each change): see pdf/ahead.ts. */
function usePdfAhead(request: () => GeneratePdfRequest, revision: number): void {
  const opened = useRef(false);
  useEffect(() => {
    const wait = opened.current ? PREPARE_AFTER_MS : 0;
    opened.current = true;
    const timer = setTimeout(() => void import('../pdf/ahead').then((a) => a.prepare(request())).catch(() => {}), wait);
    return () => clearTimeout(timer);
  }, [revision]);
}

export function ReviewPage({ store, steps }: { store: Editor; steps: readonly Step[] }) {
  const { form } = store.ctx;
  const values = store.values();
  const revision = store.revision.value;
  const sections = useMemo(() => openProblems(store.ctx, store.values(), steps), [revision, steps]);
  const counts = countProblems(sections);
  const listRef = useRef<HTMLDivElement>(null);
  const gate = () => ({ draft: isDraft(counts), errors: counts.error, unanswered: counts.unanswered });
  const title = store.draft['title'] as string | undefined;
  usePdfAhead(() => ({ noticeId: store.ctx.notice.id, values: store.values(), title, draft: isDraft(counts) }), revision);
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
          title={title}
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
