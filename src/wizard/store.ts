// The editor: the draft being edited, as one signal per field — typing in one field re-renders only that field.
import { batch, signal } from '@preact/signals';
import type { Signal } from '@preact/signals';
import type { NoticeContext } from '../forms';
import type { FieldValue, FormValues } from '../forms/fieldValues';
import { valueOf } from '../forms/fieldValues';
import type { Field } from '../forms/types';
import { resolveNotice } from '../forms';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import type { DraftProgress } from '../forms/draft';
import type { SubmissionAnswers } from '../forms/submission';
import type { EvidenceMark, EvidenceMarks } from '../forms/evidenceMarks';

/** What the wizard needs of a stored draft; storage owns the full envelope. */
export interface EditableDraft {
  readonly id: string;
  readonly noticeId: string;
  readonly formVersion: string;
  readonly values: FormValues;
  readonly [key: string]: unknown;
}

export interface Editor {
  readonly ctx: NoticeContext;
  readonly draft: EditableDraft;
  /** Increments on every change; autosave and statuses follow it. */
  readonly revision: Signal<number>;
  field(id: string): Signal<FieldValue | undefined>;
  /** A field's value now, typed by its kind (without subscribing to it). */
  current<F extends Field>(field: F): FieldValue<F> | undefined;
  /** A field's value, typed by its kind; a component reading it re-renders when it changes. */
  read<F extends Field>(field: F): FieldValue<F> | undefined;
  set(id: string, value: FieldValue | undefined): void;
  /** Several fields at once, as one change (a paste, its undo). */
  setAll(entries: ReadonlyMap<string, FieldValue | undefined>): void;
  /** The steps where 「完成本节」 was pressed, in the order first pressed; saved with the draft (`progress`). */
  readonly finished: Signal<readonly string[]>;
  finish(stepId: string): void;
  /** 认定标准自查: qualitative criteria the user declares met, by criterion id. */
  readonly declared: Signal<Readonly<Record<string, boolean>>>;
  declare(criterionId: string, met: boolean): void;
  /** 一企一表: the enterprises' rows of 表1 (the draft's `enterprises`). */
  readonly enterprises: Signal<readonly EnterpriseRow[]>;
  setEnterprises(rows: readonly EnterpriseRow[]): void;
  /** 推荐汇总表 answers and 「报送」 ticks (the draft's `submission`). */
  readonly submission: Signal<SubmissionAnswers>;
  setSubmission(answers: SubmissionAnswers): void;
  /** 佐证材料 items marked 自我声明 or 不适用, by item key (the draft's `evidence`). */
  readonly evidence: Signal<EvidenceMarks>;
  /** Mark an item, or clear its mark (undefined). */
  markEvidence(itemKey: string, mark: EvidenceMark | undefined): void;
  /** The current values, with emptied entries removed. */
  values(): FormValues;
  /** The draft with the current values. */
  snapshot(): EditableDraft;
}

/**
 * Drop what the user emptied ('' and undefined, and objects left with nothing), so a cleared cell
 * reads as not filled. Hint: list items are kept as they are, so an empty name row stays on screen.
 */
export function compact<T>(value: T): T | undefined;
export function compact(value: unknown): unknown {
  if (value === '' || value === undefined || value === null) return undefined;
  if (Array.isArray(value) || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => [k, compact(v)] as const)
    .filter(([, v]) => v !== undefined);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The draft's recorded progress (restore has checked its shape). */
function _progressOf(draft: EditableDraft): DraftProgress {
  const progress = draft['progress'] as DraftProgress | undefined;
  return progress ?? { finished: [] };
}

export function createEditor(draft: EditableDraft): Editor {
  const ctx = resolveNotice(draft.noticeId);
  const fields = new Map<string, Signal<FieldValue | undefined>>();
  const revision = signal(0);
  const field = (id: string) => {
    let s = fields.get(id);
    if (!s) fields.set(id, (s = signal(draft.values[id])));
    return s;
  };
  const values = () => {
    const out: { [id: string]: FieldValue | undefined } = { ...draft.values };
    for (const [id, s] of fields) {
      if (s.peek() === undefined) delete out[id];
      else out[id] = s.peek();
    }
    return out;
  };
  const set = (id: string, value: FieldValue | undefined) =>
    batch(() => {
      field(id).value = compact(value);
      revision.value++;
    });
  const setAll = (entries: ReadonlyMap<string, FieldValue | undefined>) =>
    batch(() => {
      for (const [id, value] of entries) field(id).value = compact(value);
      revision.value++;
    });
  const finished = signal<readonly string[]>(_progressOf(draft).finished);
  const finish = (stepId: string) => {
    if (finished.peek().includes(stepId)) return;
    batch(() => {
      finished.value = [...finished.peek(), stepId];
      revision.value++;
    });
  };
  const declared = signal<Readonly<Record<string, boolean>>>((draft['selfDeclared'] as Record<string, boolean> | undefined) ?? {});
  const declare = (id: string, met: boolean) =>
    batch(() => {
      declared.value = { ...declared.peek(), [id]: met };
      revision.value++;
    });
  const enterprises = signal<readonly EnterpriseRow[]>((draft['enterprises'] as EnterpriseRow[] | undefined) ?? []);
  const setEnterprises = (rows: readonly EnterpriseRow[]) =>
    batch(() => {
      enterprises.value = rows;
      revision.value++;
    });
  const submission = signal<SubmissionAnswers>((draft['submission'] as SubmissionAnswers | undefined) ?? {});
  const setSubmission = (answers: SubmissionAnswers) =>
    batch(() => {
      submission.value = answers;
      revision.value++;
    });
  const evidence = signal<EvidenceMarks>((draft['evidence'] as EvidenceMarks | undefined) ?? {});
  const markEvidence = (key: string, mark: EvidenceMark | undefined) =>
    batch(() => {
      const { [key]: _old, ...others } = evidence.peek();
      evidence.value = mark ? { ...others, [key]: mark } : others;
      revision.value++;
    });
  const snapshot = () => {
    const { selfDeclared: _old, enterprises: _rows, progress: _was, submission: _answers, evidence: _marks, ...rest } = draft;
    const m = evidence.peek();
    const d = declared.peek();
    const e = enterprises.peek();
    const f = finished.peek();
    const s = compact(submission.peek());
    return {
      ...rest,
      values: values(),
      ...(Object.keys(d).length ? { selfDeclared: d } : {}),
      ...(e.length ? { enterprises: [...e] } : {}),
      ...(f.length ? { progress: { finished: [...f] } } : {}),
      ...(s ? { submission: s } : {}),
      ...(Object.keys(m).length ? { evidence: m } : {}),
    };
  };
  const current = <F extends Field>(f: F) => valueOf({ [f.id]: field(f.id).peek() }, f);
  const read = <F extends Field>(f: F) => valueOf({ [f.id]: field(f.id).value }, f);
  return { ctx, draft, revision, field, current, read, set, setAll, finished, finish, values, declared, declare, enterprises, setEnterprises, submission, setSubmission, evidence, markEvidence, snapshot };
}
