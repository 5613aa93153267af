// A number row outside a year table: a single value with its label, or a small per-year table whose cells take
// Enter and a pasted row or column like any table (one row, or one column where the form prints a row per year).
import type { NumberField as Def } from '../../forms/types';
import { hasError, issuesOf } from '../issues';
import { controlId, fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { useGrid } from './grid';
import type { Grid } from './grid';
import { Messages } from './Messages';
import { NumberInput } from './NumberInput';

/** The year cells as one row, or as one column where the form prints a row per year. */
function _grid(field: Def, years: readonly number[]): Grid {
  const cells = years.map((y) => ({ field, path: String(y) }));
  return field.yearLayout === 'rows' ? cells.map((c) => [c]) : [cells];
}

function PerYear({ field, store }: { field: Def; store: Editor }) {
  const years = store.ctx.form.years;
  const rows = field.yearLayout === 'rows';
  const grid = useGrid(store, _grid(field, years), fieldName(field));
  return (
    <fieldset class="per-year" onInput={grid.onInput}>
      <legend>{fieldName(field)}</legend>
      <Messages id={messageId(field.id)} issues={issuesOf(field.id)} apply={{ store, field }} />
      <div class={rows ? 'year-rows' : 'year-columns'}>
        {years.map((y, i) => (
          <div class="year-cell">
            <span class="year" aria-hidden="true">
              {y}年
            </span>
            <NumberInput field={field} store={store} year={y} keys={rows ? grid.keys(i, 0) : grid.keys(0, i)} />
          </div>
        ))}
      </div>
      {grid.status}
    </fieldset>
  );
}

export function NumberField({ field, store }: { field: Def; store: Editor }) {
  const issues = issuesOf(field.id);
  return (
    <div class={`field number-field ${hasError(issues) ? 'has-error' : ''}`}>
      {field.perYear ? (
        <PerYear field={field} store={store} />
      ) : (
        <>
          <label for={controlId(field.id)}>{fieldName(field)}</label>
          <Messages id={messageId(field.id)} issues={issues} apply={{ store, field }} />
          <NumberInput field={field} store={store} labelled />
        </>
      )}
      {field.note && <p class="note">{field.note}</p>}
    </div>
  );
}
