// Section 8's 三年总体目标: the printed indicator rows, rows the user adds under open directions
// (「添加指标」), baseline and target year columns per version, and requirements a–g beneath.
import type { TargetDirection, TargetsField } from '../../forms/types';
import { hasError, issuesAt, issuesOf } from '../issues';
import { controlId, messageId } from '../names';
import type { Editor } from '../store';
import { Messages } from './Messages';

interface Cells {
  baseline?: string;
  target?: string;
}
interface Added extends Cells {
  id: string;
  direction: string;
  indicator?: string;
}
interface Targets {
  fixed?: Record<string, Cells | undefined>;
  added?: Added[];
}

const newId = () => `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

function CellInput(props: { fieldId: string; path: string; name: string; value: string | undefined; onInput: (v: string) => void }) {
  return (
    <input
      id={controlId(props.fieldId, props.path)}
      type="text"
      autocomplete="off"
      aria-label={props.name}
      aria-invalid={hasError(issuesAt(props.fieldId, props.path)) || undefined}
      value={props.value ?? ''}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
}

export function TargetsInput({ field, store }: { field: TargetsField; store: Editor }) {
  const s = store.field(field.id);
  const value = (s.value ?? {}) as Targets;
  const [, , baseCol, targetCol] = field.columns;
  const update = (next: Targets) => store.set(field.id, { fixed: next.fixed ?? {}, added: next.added ?? [] });
  const setFixed = (key: string, cell: keyof Cells, text: string) =>
    update({ ...value, fixed: { ...value.fixed, [key]: { ...value.fixed?.[key], [cell]: text } } });
  const setAdded = (id: string, patch: Partial<Added>) =>
    update({ ...value, added: (value.added ?? []).map((a) => (a.id === id ? { ...a, ...patch } : a)) });
  const addRow = (direction: string) => update({ ...value, added: [...(value.added ?? []), { id: newId(), direction }] });
  const removeRow = (id: string) => update({ ...value, added: (value.added ?? []).filter((a) => a.id !== id) });

  const directionRows = (d: TargetDirection) => {
    const added = (value.added ?? []).filter((a) => a.direction === d.direction);
    const fixedRows = d.indicators.map((ind) => (
      <tr>
        <td>{ind.label}</td>
        {(['baseline', 'target'] as const).map((cell) => (
          <td>
            <CellInput
              fieldId={field.id}
              path={`fixed.${ind.key}.${cell}`}
              name={`${d.direction} ${ind.label} ${cell === 'baseline' ? baseCol : targetCol}`}
              value={value.fixed?.[ind.key]?.[cell]}
              onInput={(t) => setFixed(ind.key, cell, t)}
            />
          </td>
        ))}
        <td />
      </tr>
    ));
    const addedRows = added.map((a) => {
      const n = (value.added ?? []).indexOf(a);
      const label = `${d.direction} 新增指标 ${added.indexOf(a) + 1}`;
      return (
        <tr>
          <td>
            <CellInput fieldId={field.id} path={`added.${n}.indicator`} name={`${label} 指标`} value={a.indicator} onInput={(t) => setAdded(a.id, { indicator: t })} />
          </td>
          <td>
            <CellInput fieldId={field.id} path={`added.${n}.baseline`} name={`${label} ${baseCol}`} value={a.baseline} onInput={(t) => setAdded(a.id, { baseline: t })} />
          </td>
          <td>
            <CellInput fieldId={field.id} path={`added.${n}.target`} name={`${label} ${targetCol}`} value={a.target} onInput={(t) => setAdded(a.id, { target: t })} />
          </td>
          <td>
            <button type="button" class="link-button" aria-label={`删除 ${label}`} onClick={() => removeRow(a.id)}>
              删除
            </button>
          </td>
        </tr>
      );
    });
    return (
      <tbody>
        <tr class="direction-row">
          <th scope="rowgroup" colSpan={3}>
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
        {fixedRows}
        {addedRows}
      </tbody>
    );
  };

  return (
    <div class={`field targets-field ${hasError(issuesOf(field.id)) ? 'has-error' : ''}`} id={controlId(field.id)} tabIndex={-1}>
      <Messages id={messageId(field.id)} issues={issuesOf(field.id)} />
      <div class="table-scroll">
        <table class="targets-table">
          <caption>{field.label}</caption>
          <thead>
            <tr>
              <th scope="col">{field.columns[1]}</th>
              <th scope="col">{baseCol}</th>
              <th scope="col">{targetCol}</th>
              <th scope="col">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          {field.directions.map(directionRows)}
        </table>
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
