// 「根据已填数据起草」: a 集群简介 written from the draft's own values, clause by clause in the order the notice asks
// (its table's `introClauses`), grouped into sentences. A figure the draft lacks is a visible 【待补充】 and is listed
// with the field to fill; nothing is estimated. The official edits the result.
import type { NoticeContext } from '../../forms';
import type { FormValues } from '../../forms/fieldValues';
import type { SubmissionAnswers } from '../../forms/submission';
import { introClauses, type ClausePiece, type IntroSentence } from './clauses';
import { lastYear, type IntroGap } from './figures';

export type { IntroGap };
export { gapMark } from './clauses';

export interface DraftedIntro {
  readonly text: string;
  /** What the text leaves to write, in order. */
  readonly gaps: readonly IntroGap[];
}

const _opening = (sentence: IntroSentence, year: number): string =>
  ({ profile: '', year: `${year}年，`, recent: '近三年，', stock: `截至${year}年底，` })[sentence];

/** The sentences in the order their first clause comes, each clause joined by 「，」. */
function _sentences(pieces: readonly ClausePiece[], year: number): string {
  const order: IntroSentence[] = [];
  for (const p of pieces) if (!order.includes(p.sentence)) order.push(p.sentence);
  return order.map((s) => `${_opening(s, year)}${pieces.filter((p) => p.sentence === s).map((p) => p.text).join('，')}。`).join('');
}

/** The drafted 简介 and its gaps. */
export function draftIntro(ctx: NoticeContext, values: FormValues, answers: SubmissionAnswers): DraftedIntro {
  const src = { form: ctx.form, values, answers };
  const pieces = ctx.notice.summaryTable.introClauses.map((c) => introClauses[c](src));
  return { text: _sentences(pieces, lastYear(ctx.form)), gaps: pieces.flatMap((p) => p.gaps) };
}

/** The 【待补充…】 marks a 简介 still holds (typed or drafted). */
export function gapsIn(text: string): string[] {
  return text.match(/【待补充[^】]*】/g) ?? [];
}
