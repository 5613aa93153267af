// A table with the report years as columns: per-year rows get a cell per year, single values span them.
import type { YearTableItem } from '../../forms/types';
import { ComputedHints } from '../fields/ComputedHints';
import { EnterpriseBacking } from '../enterprises/EnterpriseBacking';
import { Messages } from '../fields/Messages';
import { NumberInput } from '../fields/NumberInput';
import { StandardsInput } from '../fields/StandardsInput';
import { hasError, issuesOf } from '../issues';
import { messageId } from '../names';
import type { Editor } from '../store';

export function YearTableView({ table, store }: { table: YearTableItem; store: Editor }) {
  const years = store.ctx.form.years;
  const numbers = table.items.filter((f) => f.kind === 'number');
  const standards = table.items.filter((f) => f.kind === 'standards');
  return (
    <>
      <div class="table-scroll">
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
            {numbers.map((f) => (
              <tr class={hasError(issuesOf(f.id)) ? 'has-error' : ''} data-field={f.id}>
                <th scope="row">
                  {f.label}
                  <Messages id={messageId(f.id)} issues={issuesOf(f.id)} />
                  <ComputedHints fieldId={f.id} store={store} />
                  <EnterpriseBacking fieldId={f.id} store={store} />
                </th>
                {f.perYear ? (
                  years.map((y) => (
                    <td data-year={`${y}年`}>
                      <NumberInput field={f} store={store} year={y} noUnit />
                    </td>
                  ))
                ) : (
                  <td colSpan={years.length} class="single">
                    <NumberInput field={f} store={store} noUnit />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {standards.map((f) => (
        <div class="field-wrap" data-field={f.id}>
          <StandardsInput field={f} store={store} />
        </div>
      ))}
    </>
  );
}
