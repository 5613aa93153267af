// The wizard island: opens the draft named in the URL, shows the task list and the current step,
// keeps statuses and autosave up to date.
import { useComputed } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { saveStatus, startAutosave } from './autosave';
import { byField, stepComputed, stepIssues as issuesSignal, visibleIssues } from './issues';
import type { FieldIssue } from './issues';
import { focusField } from './focus';
import { loadDraft } from './repository';
import { CheckPage } from './CheckPage';
import { ReviewPage } from './ReviewPage';
import { navigate, route } from './route';
import { StepPage } from './StepPage';
import { CHECK_STEP, REVIEW_STEP, formSteps, stepStatus } from './steps';
import { createDraftStore } from './store';
import type { DraftStore } from './store';
import { TaskList } from './TaskList';
import { stepIssues } from './validation';
import { computedValues } from '../rules';

type Loaded = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; store: DraftStore };

function useDraft(draftId: string | undefined): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  useEffect(() => {
    if (!draftId) return setLoaded({ state: 'missing' });
    let stop: (() => void) | undefined;
    void loadDraft(draftId).then((d) => {
      if (!d) return setLoaded({ state: 'missing' });
      const store = createDraftStore(d);
      stop = startAutosave(store);
      setLoaded({ state: 'ready', store });
    });
    return () => stop?.();
  }, [draftId]);
  return loaded;
}

export function Wizard({ home }: { home: string }) {
  const r = route.value;
  const loaded = useDraft(r?.draftId);
  if (loaded.state === 'loading') return <p class="loading">正在打开草稿…</p>;
  if (loaded.state === 'missing' || !r)
    return (
      <div class="notice-box" role="alert">
        <h1>找不到这份草稿</h1>
        <p>
          本机没有这份草稿，它可能已被删除，或者是在另一台电脑、另一个浏览器中填写的。<a href={home}>返回首页</a>
        </p>
      </div>
    );
  return <WizardBody store={loaded.store} stepId={r.step} focus={r.focus} home={home} />;
}

function WizardBody({ store, stepId, focus, home }: { store: DraftStore; stepId: string; focus?: string; home: string }) {
  const { form, notice } = store.ctx;
  const steps = formSteps(form);
  const [attempted, setAttempted] = useState<Record<string, boolean>>({});
  const allIssues = useComputed(() => {
    void store.revision.value;
    const values = store.values();
    return Object.fromEntries(steps.map((s) => [s.id, stepIssues(store.ctx, values, s.id)]));
  });
  const computed = useComputed(() => {
    void store.revision.value;
    return computedValues(store.ctx, store.values());
  });
  const statuses = Object.fromEntries(steps.map((s) => [s.id, stepStatus(form, s.id, store.values(), allIssues.value[s.id] ?? [], !!attempted[s.id])]));
  const index = steps.findIndex((s) => s.id === stepId);
  const current: readonly FieldIssue[] = allIssues.value[stepId] ?? [];
  issuesSignal.value = byField(visibleIssues(current, !!attempted[stepId]));
  stepComputed.value = byField(computed.value);
  useEffect(() => {
    if (focus) focusField(focus);
    else document.getElementById('step-title')?.focus();
  }, [stepId, focus]);
  const finish = () => {
    setAttempted({ ...attempted, [stepId]: true });
    if (!current.some((i) => i.severity === 'error')) {
      const next = steps[index + 1];
      navigate({ draftId: store.draft.id, step: next ? next.id : REVIEW_STEP });
    }
  };
  return (
    <div class="wizard">
      <header class="wizard-header">
        <a href={home}>集群申报助手</a>
        <span class="draft-title">{(store.field('clusterName').value as string | undefined) || '未命名的申报'}</span>
        <span class="notice-ref">{notice.documentNumber}</span>
        <span class="save-status" role="status">
          {saveStatus.value}
        </span>
      </header>
      <div class="wizard-layout">
        <TaskList draftId={store.draft.id} steps={steps} statuses={statuses} current={stepId} extra={[{ id: REVIEW_STEP, title: '核对信息' }, { id: CHECK_STEP, title: '认定标准自查' }]} />
        <main id="main" class="wizard-main">
          {index >= 0 ? (
            <StepPage store={store} step={steps[index]!} index={index} steps={steps} issues={current} attempted={!!attempted[stepId]} onFinish={finish} />
          ) : stepId === CHECK_STEP ? (
            <CheckPage store={store} />
          ) : (
            <ReviewPage store={store} steps={steps} />
          )}
        </main>
      </div>
    </div>
  );
}
