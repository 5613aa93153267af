// One line of the 推荐汇总表 answered here (主导产业, 集群成立时间): a labelled input with its hint.
import { controlId } from '../names';
import type { Editor } from '../store';
import { setAnswer } from './answers';

interface Props {
  store: Editor;
  answer: 'leadingIndustry' | 'foundedIn';
  /** The column's header as the table prints it. */
  label: string;
  hint: string;
}

export function AnswerInput({ store, answer, label, hint }: Props) {
  const id = controlId(answer);
  const value = store.submission.value[answer] ?? '';
  return (
    <div class="field text-field">
      <label for={id}>{label}</label>
      <div class="hint" id={`${id}-hint`}>
        {hint}
      </div>
      <input id={id} type="text" autocomplete="off" value={value} aria-describedby={`${id}-hint`} onInput={(e) => setAnswer(store, answer, e.currentTarget.value)} />
    </div>
  );
}
