// The question asked before a file is taken (over 20 MB, over 1000 pages): one at a time, answered in the page's
// own dialog (AskBox), so the answer is a button the official can reach by keyboard and a test can press.
import { signal } from '@preact/signals';
import type { AttachQuestion } from '../../evidence/files/problems';

export const pendingQuestion = signal<{ readonly question: AttachQuestion; readonly answer: (yes: boolean) => void } | null>(null);

/** Ask and wait for 「仍要添加」 (true) or 「不添加」 (false). */
export function askQuestion(question: AttachQuestion): Promise<boolean> {
  return new Promise((resolve) => {
    pendingQuestion.value = {
      question,
      answer: (yes) => {
        pendingQuestion.value = null;
        resolve(yes);
      },
    };
  });
}
