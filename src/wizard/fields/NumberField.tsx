// A number row outside a year table: a single value with its label, or a small per-year table.
import type { NumberField as Def } from '../../forms/types';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { Messages } from './Messages';
import { NumberInput } from './NumberInput';

export function NumberField({ field, store }: { field: Def; store: Editor }) {
  const issues = issuesOf(field.id);
  const years = store.ctx.form.years;
  return (
    <div class={`field number-field ${hasError(issues) ? 'has-error' : ''}`}>
      {field.perYear ? (
        <fieldset class="per-year">
          <legend>{fieldName(field)}</legend>
          <Messages id={messageId(field.id)} issues={issues} />
          <div class={field.yearLayout === 'rows' ? 'year-rows' : 'year-columns'}>
            {years.map((y) => (
              <div class="year-cell">
                <span class="year" aria-hidden="true">{y}年</span>
                <NumberInput field={field} store={store} year={y} />
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <>
          <label for={controlId(field.id)}>{fieldName(field)}</label>
          <Messages id={messageId(field.id)} issues={issues} />
          <NumberInput field={field} store={store} labelled />
        </>
      )}
      {field.note && <p class="note">{field.note}</p>}
    </div>
  );
}
