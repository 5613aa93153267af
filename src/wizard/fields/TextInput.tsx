// A single line of text: names, contacts, telephone numbers, the date of application.
import type { TextField } from '../../forms/types';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { Messages, describedBy } from './Messages';

export function TextInput({ field, store, label }: { field: TextField; store: Editor; label?: string }) {
  const value = store.field(field.id).value;
  const id = controlId(field.id);
  const issues = issuesOf(field.id);
  const hintId = field.hint ? `${id}-hint` : undefined;
  return (
    <div class={`field text-field ${hasError(issues) ? 'has-error' : ''}`}>
      <label for={id}>{label ?? fieldName(field)}</label>
      {field.hint && <div class="hint" id={hintId}>命名格式：{field.hint}</div>}
      <Messages id={messageId(field.id)} issues={issues} />
      <input
        id={id}
        type={field.format === 'date' ? 'date' : field.format === 'phone' ? 'tel' : 'text'}
        autocomplete="off"
        value={typeof value === 'string' ? value : ''}
        aria-describedby={describedBy(hintId, issues.length > 0 && messageId(field.id))}
        aria-invalid={hasError(issues) || undefined}
        onInput={(e) => store.set(field.id, e.currentTarget.value)}
      />
    </div>
  );
}
