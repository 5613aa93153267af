// Entry point of the form definitions: notices, form versions, and what a notice resolves to.
import { noticeById, notices } from './notices';
import type { KnownNotice, Notice, NoticeId, RuleSetId } from './notices';
import { formById, formVersions } from './registry';
import type { FormDefinition, ReportYears } from './types';

export { formById, formVersions, noticeById, notices };
export type { KnownNotice, Notice, NoticeId, RuleSetId };

/** Everything that follows from the notice a user answers. */
export interface NoticeContext {
  readonly notice: Notice;
  readonly form: FormDefinition;
  readonly years: ReportYears;
  readonly ruleSetId: RuleSetId;
}

/** Resolve a notice id to its notice, form version, report years and rule set; unknown ids throw a clear error. */
export function resolveNotice(noticeId: string): NoticeContext {
  const notice = noticeById(noticeId);
  return noticeContext(notice, formById(notice.formVersion));
}

/** The context of a notice answered on a given form definition (e.g. a derived version not yet registered). */
export function noticeContext(notice: Notice & { readonly ruleSetId: RuleSetId }, form: FormDefinition): NoticeContext {
  return { notice, form, years: form.years, ruleSetId: notice.ruleSetId };
}
