// Section 8's 三年总体目标: the printed indicator rows with each row's unit, rows the user adds under open directions
// (「添加指标」), baseline and target year columns per version, and requirements a–g beneath. Baselines the form's
// own figures give are offered (「填入」); the figures take Enter and a pasted block like a spreadsheet; 定性描述
// grows with its text.
import type { TargetDirection, TargetsField } from '../../forms/types';
import type { AddedTarget, TargetsValue } from '../../forms/values';
import { hasError, issuesOf } from '../issues';
import { controlId, messageId } from '../names';
import type { Editor } from '../store';
import { useGrid } from './grid';
import type { Grid, GridCell } from './grid';
import { Messages } from './Messages';
import { AddedRow, FixedRow, TARGET_CELLS } from './TargetRows';
import type { TableContext } from './TargetRows';

const newId = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** The table's rows in print order: each direction's printed indicators, then the rows added under it. */
function _rows(field: TargetsField, value: TargetsValue | undefined) {
  return field.directions.flatMap((d) => [
    ...d.indicators.map((ind) => ({ d, ind, path: `fixed.${ind.key}`, added: undefined })),
    ...(value?.added ?? []).flatMap((a, n) => (a.direction === d.direction ? [{ d, ind: undefined, path: `added.${n}`, added: a }] : [])),
  ]);
}

/** The grid of figures: 基准值 and 目标值 of each row; a 定性描述 row (words, may hold line breaks) is left out. */
function _grid(field: TargetsField, rows: ReturnType<typeof _rows>): Grid {
  return rows.map((r) => (r.ind && !r.ind.measure ? [null, null] : TARGET_CELLS.map((c): GridCell => ({ field, path: `${r.path}.${c}` }))));
}

export function TargetsInput({ field, store }: { field: TargetsField; store: Editor }) {
  const value = store.read(field);
  const [, , baseCol, targetCol] = field.columns;
  const update = (next: TargetsValue) => store.set(field.id, { fixed: next.fixed ?? {}, added: next.added ?? [] });
  const addRow = (direction: string) => update({ ...value, added: [...(value?.added ?? []), { id: newId(), direction }] });
  const removeRow = (id: string) => update({ ...value, added: (value?.added ?? []).filter((a) => a.id !== id) });
  const rows = _rows(field, value);
  const grid = useGrid(store, _grid(field, rows), field.label);
  const messages = issuesOf(field.id).length > 0 ? messageId(field.id) : undefined;
  const t: TableContext = { field, store, keys: grid.keys, ...(messages ? { messages } : {}), columnName: { baseline: baseCol, target: targetCol } };
  const addedLabel = (d: TargetDirection, a: AddedTarget) =>
    `${d.direction} 新增指标 ${rows.filter((r) => r.d === d && r.added).findIndex((r) => r.added === a) + 1}`;

  const directionRows = (d: TargetDirection) => (
    <tbody>
      <tr class="direction-row">
        <th scope="rowgroup" colSpan={4}>
          {d.direction}
        </th>
        <td>
          {d.open && (
            <button type="button" class="secondary-button" aria-label={`添加指标（${d.direction}）`} onClick={() => addRow(d.direction)}>
              添加指标
            </button>
          )}
        </td>
      </tr>
      {rows.map((r, i) =>
        r.d !== d ? null : r.ind ? (
          <FixedRow t={t} d={d} ind={r.ind} row={i} />
        ) : r.added ? (
          <AddedRow t={t} label={addedLabel(d, r.added)} added={r.added} path={r.path} row={i} onRemove={() => removeRow(r.added!.id)} />
        ) : null,
      )}
    </tbody>
  );

  return (
    <div class={`field targets-field ${hasError(issuesOf(field.id)) ? 'has-error' : ''}`} id={controlId(field.id)} tabIndex={-1}>
      <Messages id={messageId(field.id)} issues={issuesOf(field.id)} apply={{ store, field }} />
      <div class="table-scroll" onInput={grid.onInput}>
        <table class="targets-table">
          <caption>{field.label}</caption>
          <thead>
            <tr>
              <th scope="col">{field.columns[1]}</th>
              <th scope="col">单位</th>
              <th scope="col">{baseCol}</th>
              <th scope="col">{targetCol}</th>
              <th scope="col">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          {field.directions.map(directionRows)}
        </table>
        {grid.status}
      </div>
      <div class="requirements">
        <p>{field.requirementsIntro}</p>
        <ol class="requirements-list">
          {field.requirements.map((r) => (
            <li>
              {r.key}. {r.text}
            </li>
          ))}
        </ol>
        <p>）</p>
      </div>
    </div>
  );
}
