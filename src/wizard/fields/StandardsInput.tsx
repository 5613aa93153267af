// The standards table: 国际/国家/行业/团体 × 主持数量/参与数量, one block per report year, as the form prints it.
import type { StandardsField } from '../../forms/types';
import { standardCategories, standardRoles } from '../../forms/types';
import { hasError, issuesAt, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { Messages } from './Messages';

type Table = Record<string, Record<string, Record<string, string | undefined> | undefined> | undefined>;

export function StandardsInput({ field, store }: { field: StandardsField; store: Editor }) {
  const s = store.field(field.id);
  const value = (s.value ?? {}) as Table;
  const name = fieldName(field);
  const write = (year: string, cat: string, role: string, text: string) => {
    const current = (s.peek() ?? {}) as Table;
    const yearRow = current[year] ?? {};
    store.set(field.id, { ...current, [year]: { ...yearRow, [cat]: { ...yearRow[cat], [role]: text } } });
  };
  return (
    <fieldset class={`field standards-field ${hasError(issuesOf(field.id)) ? 'has-error' : ''}`}>
      <legend>{name}</legend>
      <Messages id={messageId(field.id)} issues={issuesOf(field.id)} />
      <div class="standards-years">
        {store.ctx.form.years.map((y) => (
          <table class="standards-table">
            <caption>{y}年</caption>
            <thead>
              <tr>
                <th scope="col">类别</th>
                {standardRoles.map((r) => (
                  <th scope="col">{r.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {standardCategories.map((c) => (
                <tr>
                  <th scope="row">{c.label}</th>
                  {standardRoles.map((r) => {
                    const path = `${y}.${c.value}.${r.value}`;
                    return (
                      <td>
                        <input
                          id={controlId(field.id, path)}
                          type="text"
                          inputMode="numeric"
                          autocomplete="off"
                          aria-label={`${name} ${y}年 ${c.label} ${r.label}`}
                          aria-invalid={hasError(issuesAt(field.id, path)) || undefined}
                          value={value[String(y)]?.[c.value]?.[r.value] ?? ''}
                          onInput={(e) => write(String(y), c.value, r.value, e.currentTarget.value)}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </fieldset>
  );
}
