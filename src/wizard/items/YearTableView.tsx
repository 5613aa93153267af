// A table with the report years as columns: per-year rows get a cell per year, single values span them. The cells
// form one grid: Enter moves down a year's column, a block pasted from a spreadsheet spreads from the focused cell.
import type { NumberField, YearTableItem } from '../../forms/types';
import { ComputedHints } from '../fields/ComputedHints';
import { EnterpriseBacking } from '../enterprises/EnterpriseBacking';
import { useGrid } from '../fields/grid';
import type { Grid } from '../fields/grid';
import { Messages } from '../fields/Messages';
import { NumberInput } from '../fields/NumberInput';
import { StandardsInput } from '../fields/StandardsInput';
import { hasError, issuesOf } from '../issues';
import { messageId } from '../names';
import type { Editor } from '../store';

/** One row per number field, one column per year; a single value sits in the first column only. */
export function yearGrid(rows: readonly NumberField[], years: readonly number[]): Grid {
  return rows.map((field) => (field.perYear ? years.map((y) => ({ field, path: String(y) })) : [{ field }, ...years.slice(1).map(() => null)]));
}

export function YearTableView({ table, store }: { table: YearTableItem; store: Editor }) {
  const years = store.ctx.form.years;
  const numbers = table.items.filter((f): f is NumberField => f.kind === 'number');
  const standards = table.items.filter((f) => f.kind === 'standards');
  const grid = useGrid(store, yearGrid(numbers, years), table.header);
  return (
    <>
      <div class="table-scroll" onInput={grid.onInput}>
        <table class="year-table">
          <thead>
            <tr>
              <th scope="col">{table.header}</th>
              {years.map((y) => (
                <th scope="col">{y}年</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {numbers.map((f, row) => (
              <tr class={hasError(issuesOf(f.id)) ? 'has-error' : ''} data-field={f.id}>
                <th scope="row">
                  {f.label}
                  <Messages id={messageId(f.id)} issues={issuesOf(f.id)} apply={{ store, field: f }} />
                  <ComputedHints fieldId={f.id} store={store} />
                  <EnterpriseBacking fieldId={f.id} store={store} />
                </th>
                {f.perYear ? (
                  years.map((y, col) => (
                    <td data-year={`${y}年`}>
                      <NumberInput field={f} store={store} year={y} keys={grid.keys(row, col)} />
                    </td>
                  ))
                ) : (
                  <td colSpan={years.length} class="single">
                    <NumberInput field={f} store={store} keys={grid.keys(row, 0)} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {numbers.length > 0 && grid.status}
      </div>
      {standards.map((f) => (
        <div class="field-wrap" data-field={f.id}>
          <StandardsInput field={f} store={store} />
        </div>
      ))}
    </>
  );
}
