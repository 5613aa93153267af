// The notices an official may be answering. Each picks a form version and a rule set; a future notice is one
// more entry (and, if its form is new, one more form version, see deriveVersion). Ids come from these entries.
import { nationalNotices } from './national';
import { provincialNotices } from './provincial';
import type { Notice } from './types';

export type { Notice };
export type { Deliverable, DeliveryProduct, IntroClause, SummaryColumn, SummarySource, SummaryTableDefinition } from './submissionTypes';

/** Every notice, the Ministry's own first, then the provinces'. */
export const notices = [...nationalNotices, ...provincialNotices] as const;

/** A notice this product knows, with its ids as literal types. */
export type KnownNotice = (typeof notices)[number];
/** Identifier of a known notice. */
export type NoticeId = KnownNotice['id'];
/** Identifier of a rule set some notice applies; the rules registry must have one for each. */
export type RuleSetId = KnownNotice['ruleSetId'];

/** The notice with this id, or a clear error for an unknown one. */
export function noticeById(id: string): KnownNotice {
  const notice = notices.find((n) => n.id === id);
  if (!notice) throw new Error(`未知的申报通知：${id}。可选的通知为：${notices.map((n) => n.id).join('、')}`);
  return notice;
}

/** Whether the notice's deadline has passed on `today`; where it sets no date, once its year is over. */
export function deadlinePassed(notice: Notice, today: Date): boolean {
  const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return notice.deadline.date ? notice.deadline.date < iso : notice.year < today.getFullYear();
}
