// The draft's submission answers as the wizard edits them: one answer or tick at a time, the rest kept.
import type { SubmissionAnswers } from '../../forms/submission';
import type { Editor } from '../store';

type TextKey = 'leadingIndustry' | 'foundedIn' | 'intro';

/** Sets one text answer of the 推荐汇总表. */
export function setAnswer(store: Editor, key: TextKey, value: string): void {
  store.setSubmission({ ...store.submission.peek(), [key]: value });
}

/** Sets one 「报送」 tick. */
export function setTick(store: Editor, key: string, on: boolean): void {
  const answers: SubmissionAnswers = store.submission.peek();
  store.setSubmission({ ...answers, ticks: { ...answers.ticks, [key]: on } });
}
