// Section 8's 三年总体目标: the printed indicator rows with each row's unit, rows the user adds under open directions
// (「添加指标」), baseline and target year columns per version, and requirements a–g beneath. Baselines the form's
// own figures give are offered (「填入」); the figures take Enter and a pasted block like a spreadsheet; 定性描述
// grows with its text.
import type { TargetDirection, TargetsField } from '../../forms/types';
import type { AddedTarget, TargetsValue } from '../../forms/values';
import type { ComputedValue } from '../../rules';
import { hasError, issuesOf } from '../issues';
import { controlId, messageId } from '../names';
import type { Editor } from '../store';
import { CellInput } from './CellInput';
import { ComputedHints } from './ComputedHints';
import { useGrid } from './grid';
import type { Grid, GridCell } from './grid';
import { Messages } from './Messages';
import { GrowingText } from './GrowingText';

const newId = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const CELLS = ['baseline', 'target'] as const;

/** The table's rows in print order: each direction's printed indicators, then the rows added under it. */
function _rows(field: TargetsField, value: TargetsValue | undefined) {
  return field.directions.flatMap((d) => [
    ...d.indicators.map((ind) => ({ d, ind, path: `fixed.${ind.key}`, added: undefined })),
    ...(value?.added ?? []).flatMap((a, n) => (a.direction === d.direction ? [{ d, ind: undefined, path: `added.${n}`, added: a }] : [])),
  ]);
}

/** The grid of figures: 基准值 and 目标值 of each row; a 定性描述 row (words, may hold line breaks) is left out. */
function _grid(field: TargetsField, rows: ReturnType<typeof _rows>): Grid {
  return rows.map((r) => (r.ind && !r.ind.measure ? [null, null] : CELLS.map((c): GridCell => ({ field, path: `${r.path}.${c}` }))));
}

export function TargetsInput({ field, store }: { field: TargetsField; store: Editor }) {
  const value = store.read(field);
  const [, , baseCol, targetCol] = field.columns;
  const colName = { baseline: baseCol, target: targetCol };
  const update = (next: TargetsValue) => store.set(field.id, { fixed: next.fixed ?? {}, added: next.added ?? [] });
  const addRow = (direction: string) => update({ ...value, added: [...(value?.added ?? []), { id: newId(), direction }] });
  const removeRow = (id: string) => update({ ...value, added: (value?.added ?? []).filter((a) => a.id !== id) });
  const rows = _rows(field, value);
  const grid = useGrid(store, _grid(field, rows), field.label);
  const messages = issuesOf(field.id).length > 0 ? messageId(field.id) : undefined;

  const cell = (rowIndex: number, path: string, name: string, col: 0 | 1, unitId?: string) => (
    <CellInput field={field} path={path} store={store} name={name} keys={grid.keys(rowIndex, col)} describedBy={messages} unitId={unitId} />
  );

  const fixedRow = (d: TargetDirection, ind: TargetDirection['indicators'][number], rowIndex: number) => (
    <tr>
      <td>
        {ind.label}
        <ComputedHints fieldId={field.id} store={store} bare only={(c: ComputedValue) => c.path === `fixed.${ind.key}.baseline`} />
      </td>
      <td id={ind.unit ? `${controlId(field.id, `fixed.${ind.key}`)}-unit` : undefined}>{ind.unit ?? '—'}</td>
      {CELLS.map((c, col) => (
        <td>
          {ind.measure ? (
            cell(rowIndex, `fixed.${ind.key}.${c}`, `${d.direction} ${ind.label} ${colName[c]}`, col as 0 | 1, ind.unit && `${controlId(field.id, `fixed.${ind.key}`)}-unit`)
          ) : (
            <GrowingText field={field} path={`fixed.${ind.key}.${c}`} store={store} name={`${d.direction} ${ind.label} ${colName[c]}`} describedBy={messages} />
          )}
        </td>
      ))}
      <td />
    </tr>
  );

  const addedRow = (d: TargetDirection, a: AddedTarget, path: string, rowIndex: number) => {
    const label = `${d.direction} 新增指标 ${rows.filter((r) => r.d === d && r.added).findIndex((r) => r.added === a) + 1}`;
    return (
      <tr>
        <td>
          <CellInput field={field} path={`${path}.indicator`} store={store} name={`${label} 指标`} describedBy={messages} />
        </td>
        <td>—</td>
        {CELLS.map((c, col) => (
          <td>{cell(rowIndex, `${path}.${c}`, `${label} ${colName[c]}`, col as 0 | 1)}</td>
        ))}
        <td>
          <button type="button" class="link-button" aria-label={`删除 ${label}`} onClick={() => removeRow(a.id)}>
            删除
          </button>
        </td>
      </tr>
    );
  };

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
      {rows.map((r, i) => (r.d !== d ? null : r.ind ? fixedRow(d, r.ind, i) : r.added ? addedRow(d, r.added, r.path, i) : null))}
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
