// 「改用其他通知」 for a stored draft: a new draft for the other notice, its values moved field by field
// (src/forms/transfer.ts), everything without a place kept in its 「未归位内容」, read back through restoreDraft.
// The original draft is left as it is.
import type { AnyDraft } from '../forms/registry';
import { formById } from '../forms/registry';
import { resolveNotice } from '../forms';
import type { FormValues } from '../forms/fieldValues';
import { startingValues } from '../forms/start';
import { transferValues, type Transfer } from '../forms/transfer';
import { DRAFT_SCHEMA_VERSION } from '../forms/draft';
import type { SubmissionAnswers } from '../forms/submission';
import { newDraftId, restoreDraft } from './restore';

export interface NoticeChange {
  readonly draft: AnyDraft;
  readonly counts: Transfer['counts'];
}

export interface ChangeOptions {
  /** The new draft's name in the list. */
  readonly title: string;
  /** The province 所属地区 starts with where the old draft had none to give (Guangdong's form asks none). */
  readonly province?: string;
  readonly now?: Date;
  readonly newId?: () => string;
}

// Hint: `progress` is not carried: the new notice's form is filled and finished afresh; nor are the `evidence`
// marks, whose items (and files, kept by draft id) belong to the old notice's list — the original keeps them.
const _own = new Set(['version', 'id', 'noticeId', 'formVersion', 'createdAt', 'updatedAt', 'title', 'values', 'unplaced', 'selfDeclared', 'progress', 'submission', 'evidence']);

/**
 * The 推荐汇总表 answers carried over; the 「报送」 ticks are not: 「已盖章」「已寄出」 were done for the old notice's
 * papers, not the new one's (the original draft keeps them).
 */
function _answersOnly(submission: SubmissionAnswers | undefined): { submission?: SubmissionAnswers } {
  const { ticks: _old, ...answers } = submission ?? {};
  return Object.keys(answers).length ? { submission: answers } : {};
}

/** The province where the moved values have none yet, so a 所属地区 keeps what was typed. */
function _withProvince(form: ReturnType<typeof formById>, values: FormValues, province: string | undefined): FormValues {
  const start = startingValues(form, province);
  const [id, part] = Object.entries(start)[0] ?? [];
  if (!id || !part || typeof part !== 'object') return values;
  const typed = values[id];
  return { ...values, [id]: { ...(part as object), ...(typeof typed === 'object' ? typed : {}) } as FormValues[string] };
}

/** A new draft of `source` for the notice `noticeId`, or why it cannot be made (in Chinese). */
export function draftForNotice(source: AnyDraft, noticeId: string, options: ChangeOptions): { ok: true; change: NoticeChange } | { ok: false; error: string } {
  const to = resolveNotice(noticeId);
  const from = resolveNotice(source.noticeId);
  const moved = transferValues(formById(source.formVersion), to.form, source.values as FormValues);
  const sameRules = from.ruleSetId === to.ruleSetId;
  const declared = source.selfDeclared && Object.keys(source.selfDeclared).length ? source.selfDeclared : undefined;
  const keptDeclared = declared && !sameRules ? [{ path: '/selfDeclared', value: declared, reason: '新通知适用的认定标准不同，自我声明请在“认定标准自查”中重新确认' }] : [];
  const at = (options.now ?? new Date()).toISOString();
  const others = Object.fromEntries(Object.entries(source).filter(([k]) => !_own.has(k)));
  const candidate = {
    ...others,
    version: DRAFT_SCHEMA_VERSION,
    id: (options.newId ?? newDraftId)(),
    noticeId,
    formVersion: to.form.id,
    createdAt: at,
    updatedAt: at,
    title: options.title,
    values: _withProvince(to.form, moved.values, options.province),
    unplaced: [...(source.unplaced ?? []), ...moved.kept, ...keptDeclared],
    ...(declared && sameRules ? { selfDeclared: declared } : {}),
    ..._answersOnly(source.submission),
  };
  const restored = restoreDraft(candidate, { now: () => new Date(at) });
  if (!restored.ok) return { ok: false, error: restored.error };
  return { ok: true, change: { draft: restored.draft, counts: moved.counts } };
}
