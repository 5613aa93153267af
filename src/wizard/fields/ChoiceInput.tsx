// A 是/否/不适用 question or another one-of choice, as a radio group with the official wording.
import type { ChoiceField } from '../../forms/types';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { Messages, describedBy } from './Messages';

export function ChoiceInput({ field, store }: { field: ChoiceField; store: Editor }) {
  const value = store.field(field.id).value;
  const issues = issuesOf(field.id);
  const legendId = `${controlId(field.id)}-legend`;
  return (
    <fieldset
      class={`field choice-field ${field.layout} ${hasError(issues) ? 'has-error' : ''}`}
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={describedBy(issues.length > 0 && messageId(field.id))}
    >
      <legend id={legendId}>{fieldName(field)}</legend>
      <Messages id={messageId(field.id)} issues={issues} />
      <div class="options">
        {field.options.map((o, i) => (
          <label class="option">
            <input
              type="radio"
              autocomplete="off"
              id={i === 0 ? controlId(field.id) : controlId(field.id, o.value)}
              name={field.id}
              value={o.value}
              checked={value === o.value}
              onChange={() => store.set(field.id, o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {/* Hint: always laid out, shown once there is a choice, so choosing does not push the next question down. */}
      <button type="button" class={`link-button clear-choice ${value === undefined ? 'idle' : ''}`} onClick={() => store.set(field.id, undefined)}>
        清除选择
      </button>
      {field.note && <p class="note">{field.note}</p>}
    </fieldset>
  );
}
