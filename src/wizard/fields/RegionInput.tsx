// 所属地区: one name per part the version asks for (省/市/县, or 市/县 in Guangdong).
import type { RegionField } from '../../forms/types';
import { hasError, issuesAt, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { Messages } from './Messages';

export function RegionInput({ field, store }: { field: RegionField; store: Editor }) {
  const s = store.field(field.id);
  const value = (s.value ?? {}) as Record<string, string | undefined>;
  const issues = issuesOf(field.id);
  return (
    <fieldset class={`field region-field ${hasError(issues) ? 'has-error' : ''}`}>
      <legend>{fieldName(field)}</legend>
      <p class="hint">只填名称，如“湖北”“仙桃”；“省（区、市）”等字样表中已印好。</p>
      <Messages id={messageId(field.id)} issues={issues} />
      <div class="region-parts">
        {field.parts.map((p) => (
          <span class="region-part">
            <input
              id={controlId(field.id, p.value)}
              type="text"
              autocomplete="off"
              aria-label={`${fieldName(field)} ${p.label}`}
              aria-invalid={hasError(issuesAt(field.id, p.value)) || undefined}
              value={value[p.value] ?? ''}
              onInput={(e) => store.set(field.id, { ...(s.peek() as object | undefined), [p.value]: e.currentTarget.value })}
            />
            <span aria-hidden="true">{p.label}</span>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
