// A tick-box group: every option verbatim, and the duty 「勾选需提供佐证材料」.
import type { TicksField } from '../../forms/types';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { Messages } from './Messages';

export function TicksInput({ field, store }: { field: TicksField; store: Editor }) {
  const raw = store.field(field.id).value;
  const ticked = Array.isArray(raw) ? (raw as string[]) : [];
  const issues = issuesOf(field.id);
  const toggle = (value: string, on: boolean) => {
    const next = field.options.map((o) => o.value).filter((v) => (v === value ? on : ticked.includes(v)));
    store.set(field.id, next.length ? next : undefined);
  };
  return (
    <fieldset class={`field ticks-field ${hasError(issues) ? 'has-error' : ''}`}>
      <legend>{fieldName(field)}</legend>
      {field.intro && field.intro.replace(/：$/, '') !== field.label && <p class="intro">{field.intro}</p>}
      <Messages id={messageId(field.id)} issues={issues} />
      <div class={`options columns-${field.columns ?? 1}`}>
        {field.options.map((o, i) => (
          <label class="option">
            <input
              type="checkbox"
              autocomplete="off"
              id={i === 0 ? controlId(field.id) : controlId(field.id, o.value)}
              checked={ticked.includes(o.value)}
              onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <p class="note">{field.note}</p>
    </fieldset>
  );
}
