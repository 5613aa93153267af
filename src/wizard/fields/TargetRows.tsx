// The rows of section 8's targets table: a printed indicator (its unit in its own column, a baseline the form's
// figures give offered beside it, 定性描述 that grows with its text) and a row the user added.
import type { TargetDirection, TargetIndicator, TargetsField } from '../../forms/types';
import type { AddedTarget } from '../../forms/values';
import type { ComputedValue } from '../../rules';
import { controlId } from '../names';
import type { Editor } from '../store';
import { CellInput } from './CellInput';
import { ComputedHints } from './ComputedHints';
import type { CellKeys } from './grid';
import { GrowingText } from './GrowingText';

export const TARGET_CELLS = ['baseline', 'target'] as const;

/** What every row of the table shares. */
export interface TableContext {
  readonly field: TargetsField;
  readonly store: Editor;
  /** The keys of the grid cell at (row, column). */
  readonly keys: (row: number, col: number) => CellKeys;
  /** The id of the field's messages, when it has any. */
  readonly messages?: string;
  readonly columnName: Readonly<Record<(typeof TARGET_CELLS)[number], string>>;
}

interface FixedProps {
  t: TableContext;
  d: TargetDirection;
  ind: TargetIndicator;
  row: number;
}

export function FixedRow({ t, d, ind, row }: FixedProps) {
  const { field, store } = t;
  const unitId = ind.unit ? `${controlId(field.id, `fixed.${ind.key}`)}-unit` : undefined;
  const name = (c: (typeof TARGET_CELLS)[number]) => `${d.direction} ${ind.label} ${t.columnName[c]}`;
  return (
    <tr>
      <td>
        {ind.label}
        <ComputedHints fieldId={field.id} store={store} bare only={(c: ComputedValue) => c.path === `fixed.${ind.key}.baseline`} />
      </td>
      <td id={unitId}>{ind.unit ?? '—'}</td>
      {TARGET_CELLS.map((c, col) => (
        <td>
          {ind.measure ? (
            <CellInput field={field} path={`fixed.${ind.key}.${c}`} store={store} name={name(c)} keys={t.keys(row, col)} describedBy={t.messages} unitId={unitId} />
          ) : (
            <GrowingText field={field} path={`fixed.${ind.key}.${c}`} store={store} name={name(c)} describedBy={t.messages} />
          )}
        </td>
      ))}
      <td />
    </tr>
  );
}

interface AddedProps {
  t: TableContext;
  /** 「其它 新增指标 1」 */
  label: string;
  added: AddedTarget;
  /** 'added.0' */
  path: string;
  row: number;
  onRemove: () => void;
}

export function AddedRow({ t, label, path, row, onRemove }: AddedProps) {
  const { field, store } = t;
  return (
    <tr>
      <td>
        <CellInput field={field} path={`${path}.indicator`} store={store} name={`${label} 指标`} describedBy={t.messages} />
      </td>
      <td>—</td>
      {TARGET_CELLS.map((c, col) => (
        <td>
          <CellInput field={field} path={`${path}.${c}`} store={store} name={`${label} ${t.columnName[c]}`} keys={t.keys(row, col)} describedBy={t.messages} />
        </td>
      ))}
      <td>
        <button type="button" class="link-button" aria-label={`删除 ${label}`} onClick={onRemove}>
          删除
        </button>
      </td>
    </tr>
  );
}
