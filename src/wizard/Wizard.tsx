// The wizard island: opens the draft named in the URL, shows the task list and the current step,
// keeps statuses and autosave up to date.
import { useComputed } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { formProgress } from '../forms/progress';
import { byField, shownIssues, stepComputed, visibleIssues } from './issues';
import type { FieldIssue } from './issues';
import { focusField } from './focus';
import { CheckPage } from './CheckPage';
import { EvidencePage } from './EvidencePage';
import { useEvidenceStatus } from './evidence/taskStatus';
import { ReviewPage } from './ReviewPage';
import { navigate, route } from './route';
import { StepPage } from './StepPage';
import { CHECK_STEP, ENTERPRISES_STEP, EVIDENCE_STEP, NOTICE_STEP, REVIEW_STEP, formSteps, stepStatus } from './steps';
import { ChangeNoticePage } from './notice/ChangeNoticePage';
import { EnterprisesPage } from './enterprises/EnterprisesPage';
import { SUBMIT_STEP, SUMMARY_STEP, submissionSteps } from './submit/steps';
import { SubmitPage } from './submit/SubmitPage';
import { SummaryAnswersPage } from './submit/SummaryAnswersPage';
import { SessionNotices } from './SessionNotices';
import { StorageNote } from './StorageNote';
import { useSettled } from './settled';
import { useDraftSession } from './session';
import type { Session } from './session';
import { TaskList } from './TaskList';
import { WizardHeader } from './WizardHeader';
import { computedValues, validateSection } from '../rules';

export function Wizard({ home }: { home: string }) {
  const r = route.value;
  const session = useDraftSession(r?.draftId);
  if (session.state === 'loading') return <p class="loading">正在打开草稿…</p>;
  if (session.state === 'failed' || !r)
    return (
      <main class="notice-box" id="main" role="alert">
        <h1>{session.state === 'failed' && !session.missing ? '这份草稿无法打开' : '找不到这份草稿'}</h1>
        <p>
          {session.state === 'failed' ? session.message : '地址中没有指定草稿。'}
          {session.state === 'failed' && session.missing && '它可能已被删除，或者是在另一台电脑、另一个浏览器中填写的。'}
        </p>
        <p>
          <a href={home}>返回首页</a>
        </p>
      </main>
    );
  return <WizardBody session={session} stepId={r.step} focus={r.focus} home={home} />;
}

type Ready = Extract<Session, { state: 'ready' }>;

const EXTRA_STEPS = [
  { id: REVIEW_STEP, title: '核对信息' },
  { id: CHECK_STEP, title: '认定标准自查' },
  { id: EVIDENCE_STEP, title: '佐证材料清单' },
  { id: ENTERPRISES_STEP, title: '一企一表' },
  ...submissionSteps,
  { id: NOTICE_STEP, title: '改用其他通知' },
];

function WizardBody({ session, stepId, focus, home }: { session: Ready; stepId: string; focus?: string; home: string }) {
  const store = session.editor;
  const { form } = store.ctx;
  const steps = formSteps(form);
  // Hint: 「完成本节」 is saved with the draft (its `progress`), so a reload, another device or an import keeps it.
  const finished = store.finished.value;
  // Hint: checks of the whole draft wait for a pause in typing; a keystroke only re-renders its own field.
  const settled = useSettled(store.revision);
  const allIssues = useComputed(() => {
    void settled.value;
    const values = store.values();
    return Object.fromEntries(steps.map((s) => [s.id, validateSection(store.ctx, values, s.id)]));
  });
  const computed = useComputed(() => {
    void settled.value;
    return computedValues(store.ctx, store.values());
  });
  const statuses = Object.fromEntries(steps.map((s) => [s.id, stepStatus(form, s.id, store.values(), allIssues.value[s.id] ?? [], finished.includes(s.id))]));
  const progress = formProgress(form, store.values(), finished, (id) => (allIssues.value[id] ?? []).some((i) => i.severity === 'error'));
  const evidenceStatus = useEvidenceStatus(store, settled);
  const index = steps.findIndex((s) => s.id === stepId);
  const current: readonly FieldIssue[] = allIssues.value[stepId] ?? [];
  shownIssues.value = byField(visibleIssues(current, finished.includes(stepId)));
  stepComputed.value = byField(computed.value);
  useEffect(() => {
    if (focus) focusField(focus);
    else document.getElementById('step-title')?.focus();
  }, [stepId, focus]);
  const finish = () => {
    store.finish(stepId);
    // Hint: judged on the values as they are now, not on the last settled check (typing may have just happened).
    const fresh = validateSection(store.ctx, store.values(), stepId);
    if (!fresh.some((i) => i.severity === 'error')) {
      const next = steps[index + 1];
      navigate({ draftId: store.draft.id, step: next ? next.id : REVIEW_STEP });
    }
  };
  return (
    <div class="wizard">
      <WizardHeader editor={store} store={session.store} status={session.status} home={home} />
      <SessionNotices session={session} />
      <div class="wizard-layout">
        <div class="wizard-side">
          <TaskList draftId={store.draft.id} steps={steps} statuses={statuses} progress={progress} current={stepId} extra={EXTRA_STEPS.map((s) => (s.id === EVIDENCE_STEP ? { ...s, status: evidenceStatus.value } : s))} />
          <StorageNote text={session.persistNote} />
        </div>
        <main id="main" class="wizard-main">
          <fieldset class="readonly-wrap" disabled={session.readOnly !== null}>
            <legend class="visually-hidden">{session.readOnly ? '只读' : '填写'}</legend>
          {index >= 0 ? (
            <StepPage store={store} step={steps[index]!} index={index} steps={steps} issues={current} attempted={finished.includes(stepId)} onFinish={finish} />
          ) : stepId === CHECK_STEP ? (
            <CheckPage store={store} />
          ) : stepId === EVIDENCE_STEP ? (
            <EvidencePage store={store} steps={steps} drafts={session.store} />
          ) : stepId === ENTERPRISES_STEP ? (
            <EnterprisesPage store={store} />
          ) : stepId === SUMMARY_STEP ? (
            <SummaryAnswersPage store={store} cityPage={`${home}summary/`} />
          ) : stepId === SUBMIT_STEP ? (
            <SubmitPage store={store} drafts={session.store} />
          ) : stepId === NOTICE_STEP ? (
            <ChangeNoticePage store={store} drafts={session.store} fillPath="" />
          ) : (
            <ReviewPage store={store} steps={steps} />
          )}
          </fieldset>
        </main>
      </div>
    </div>
  );
}
