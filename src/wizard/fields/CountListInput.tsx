// 数量 + 名称: a count and the names it counts, kept consistent — adding or removing a name moves the
// count along while it matched; a count the user set differently stays and the rules flag the mismatch.
// The count follows the names the rules count (listedNames: blank lines and 「无」 aside), so a blank line just
// added is no mismatch: no message flashes up and vanishes again, moving the buttons under the pointer.
import type { CountListField } from '../../forms/types';
import { listedNames } from '../../rules/fields/schemas';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { CellInput } from './CellInput';
import { Messages } from './Messages';

interface CountList {
  count?: string;
  names?: string[];
}

/** 「无」 entered for the names: nothing applies. */
const isNone = (names: string[] | undefined) => names?.length === 1 && names[0] === '无';

/**
 * The count follows the listed names while it was empty or equal to their number; it stays empty while no name is
 * typed yet (a count nobody entered is not printed).
 */
export function withNames(value: CountList, names: string[]): CountList {
  const before = listedNames(value.names ?? []).length;
  const follows = value.count === undefined || value.count === '' || value.count === String(before);
  if (!follows) return { ...value, names };
  const now = listedNames(names).length;
  return { ...value, names, count: now === 0 && !value.count ? value.count : String(now) };
}

export function CountListInput({ field, store }: { field: CountListField; store: Editor }) {
  const s = store.field(field.id);
  const value = (s.value ?? {}) as CountList;
  const names = value.names ?? [];
  const name = fieldName(field);
  const setNames = (next: string[]) => store.set(field.id, withNames(value, next));
  return (
    <fieldset class={`field count-list ${hasError(issuesOf(field.id)) ? 'has-error' : ''}`}>
      <legend>{name}</legend>
      {field.note && <p class="note">{field.note}</p>}
      <Messages id={messageId(field.id)} issues={issuesOf(field.id)} apply={{ store, field }} />
      <div class="count">
        <span aria-hidden="true">数量：</span>
        <CellInput field={field} path="count" store={store} name={`${name} 数量`} />
      </div>
      <ol class="names">
        {names.map((n, i) => (
          <li>
            <input
              id={controlId(field.id, `names.${i}`)}
              type="text"
              autocomplete="off"
              aria-label={`${name} 名称 ${i + 1}`}
              value={n}
              onInput={(e) => setNames(names.map((old, j) => (j === i ? e.currentTarget.value : old)))}
            />
            <button type="button" class="link-button" aria-label={`删除 ${name} 名称 ${i + 1}`} onClick={() => setNames(names.filter((_, j) => j !== i))}>
              删除
            </button>
          </li>
        ))}
      </ol>
      <div class="field-tools">
        <button type="button" class="secondary-button" aria-label={`添加名称：${name}`} onClick={() => setNames(isNone(names) ? [''] : [...names, ''])}>
          添加名称
        </button>
        {names.length === 0 && (
          <button type="button" class="link-button" onClick={() => store.set(field.id, { count: '0', names: ['无'] })}>
            无相关情况，填写“无”
          </button>
        )}
      </div>
    </fieldset>
  );
}
