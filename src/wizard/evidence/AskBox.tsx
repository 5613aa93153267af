// The question before a very large file or a very long PDF is taken, as an alert dialog that takes focus.
import { useEffect, useRef } from 'preact/hooks';
import { questionText } from '../../evidence/files/problems';
import { pendingQuestion } from './questions';

export function AskBox() {
  const pending = pendingQuestion.value;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [pending]);
  if (!pending) return null;
  return (
    <div class="confirm-box ask-box" role="alertdialog" aria-labelledby="ask-title" aria-describedby="ask-text" tabIndex={-1} ref={box}>
      <h2 id="ask-title">{pending.question.kind === 'large' ? '文件较大' : '页数很多'}</h2>
      <p id="ask-text">{questionText(pending.question)}</p>
      <button type="button" class="primary-button" onClick={() => pending.answer(true)}>
        仍要添加
      </button>{' '}
      <button type="button" class="secondary-button" onClick={() => pending.answer(false)}>
        不添加
      </button>
    </div>
  );
}
