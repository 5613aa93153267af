// The standards table: 国际/国家/行业/团体 × 主持数量/参与数量, one block per report year, as the form prints it.
// Each year's block takes Enter and a pasted block like a spreadsheet; a blank cell is 未填 (0 where there is none).
import type { StandardsField } from '../../forms/types';
import { standardCategories, standardRoles } from '../../forms/types';
import { hasError, issuesOf } from '../issues';
import { fieldName, messageId } from '../names';
import type { Editor } from '../store';
import { CellInput } from './CellInput';
import { useGrid } from './grid';
import { Messages } from './Messages';

function YearBlock({ field, store, year }: { field: StandardsField; store: Editor; year: number }) {
  const name = fieldName(field);
  const grid = useGrid(
    store,
    standardCategories.map((c) => standardRoles.map((r) => ({ field, path: `${year}.${c.value}.${r.value}` }))),
    `${name} ${year}年`,
  );
  return (
    <div class="standards-year" onInput={grid.onInput}>
      <table class="standards-table">
        <caption>{year}年</caption>
        <thead>
          <tr>
            <th scope="col">类别</th>
            {standardRoles.map((r) => (
              <th scope="col">{r.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {standardCategories.map((c, row) => (
            <tr>
              <th scope="row">{c.label}</th>
              {standardRoles.map((r, col) => (
                <td>
                  <CellInput field={field} path={`${year}.${c.value}.${r.value}`} store={store} name={`${name} ${year}年 ${c.label} ${r.label}`} keys={grid.keys(row, col)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {grid.status}
    </div>
  );
}

export function StandardsInput({ field, store }: { field: StandardsField; store: Editor }) {
  const issues = issuesOf(field.id);
  return (
    <fieldset class={`field standards-field ${hasError(issues) ? 'has-error' : ''}`}>
      <legend>{fieldName(field)}</legend>
      <p class="hint">没有的请填 0；空着的格子视为未填。</p>
      <Messages id={messageId(field.id)} issues={issues} apply={{ store, field }} />
      <div class="standards-years">
        {store.ctx.form.years.map((y) => (
          <YearBlock field={field} store={store} year={y} />
        ))}
      </div>
    </fieldset>
  );
}
