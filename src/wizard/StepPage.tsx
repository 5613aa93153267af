// One step of the wizard: its heading, the error summary when asked to finish, its items, and navigation.
import { useMemo, useState } from 'preact/hooks';
import { validateSection } from '../rules';
import type { FieldIssue } from './issues';
import { ErrorSummary } from './ErrorSummary';
import { fieldById } from '../forms/walk';
import { ItemView } from './items/ItemView';
import { fieldName } from './names';
import { questionLines } from './questionLines';
import { routeHref } from './route';
import type { Step } from './steps';
import type { Editor } from './store';

interface Props {
  store: Editor;
  step: Step;
  index: number;
  steps: readonly Step[];
  issues: readonly FieldIssue[];
  attempted: boolean;
  onFinish: () => void;
}

export function StepPage({ store, step, index, steps, issues, attempted, onFinish }: Props) {
  const { form } = store.ctx;
  const section = form.sections.find((s) => s.id === step.id);
  const items = section ? section.items : form.cover.fields;
  const errors = issues.filter((i) => i.severity === 'error');
  const [summaryKey, setSummaryKey] = useState(0);
  // Hint: how many cells each field has to fill, read off a blank draft's 「not answered」 issues.
  const cells = useMemo(() => {
    const counts = new Map<string, number>();
    for (const i of validateSection(store.ctx, {}, step.id)) if (i.kind === 'required') counts.set(i.fieldId, (counts.get(i.fieldId) ?? 0) + 1);
    return counts;
  }, [store.ctx, step.id]);
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const href = (i: FieldIssue) => routeHref({ draftId: store.draft.id, step: step.id, focus: i.fieldId });
  const labelFor = (i: FieldIssue) => fieldName(fieldById(form, i.fieldId));
  const lines = questionLines(errors, labelFor, (id) => cells.get(id) ?? 1);
  return (
    <article class="step" aria-labelledby="step-title">
      <p class="step-caption">
        第 {index + 1} 步，共 {steps.length} 步
      </p>
      <h1 id="step-title" tabIndex={-1}>
        {step.title}
      </h1>
      {section?.note && <p class="section-note">{section.note}</p>}
      {attempted && errors.length > 0 && <ErrorSummary key={summaryKey} lines={lines} hrefFor={href} />}
      <div class="step-items">
        {items.map((item) => (
          <ItemView item={item} store={store} section={section} />
        ))}
      </div>
      <div class="step-actions">
        <button
          type="button"
          class="primary-button"
          onClick={() => {
            setSummaryKey((k) => k + 1);
            onFinish();
          }}
        >
          完成本节
        </button>
      </div>
      <nav class="step-nav" aria-label="上一步和下一步">
        {prev && (
          <a class="prev" href={routeHref({ draftId: store.draft.id, step: prev.id })}>
            上一步：{prev.title}
          </a>
        )}
        {next && (
          <a class="next" href={routeHref({ draftId: store.draft.id, step: next.id })}>
            下一步：{next.title}
          </a>
        )}
        {!next && (
          <a class="next" href={routeHref({ draftId: store.draft.id, step: 'review' })}>
            下一步：核对信息
          </a>
        )}
      </nav>
    </article>
  );
}
