// One cell inside a field's value (a standards count, a target's 基准值 or 目标值, a 数量): read and written by its
// path, its unit after it and read out after its name, shown on leaving it as the PDF prints it (number cells).
import { cellTextOnLeave } from '../../forms/numbers';
import type { Field } from '../../forms/types';
import { cellSpec } from '../../rules';
import { hasError, issuesAt } from '../issues';
import { controlId } from '../names';
import type { Editor } from '../store';
import { readCell, writeCell } from './cells';
import type { CellKeys } from './grid';
import { describedBy } from './Messages';

interface Props {
  field: Field;
  path: string;
  store: Editor;
  /** The accessible name: the official label, row and column. */
  name: string;
  keys?: CellKeys;
  /** Other descriptions (the field's messages). */
  describedBy?: string;
  /** The id of an element already showing the unit (the targets table's 单位 column): read out, not repeated. */
  unitId?: string;
}

export function CellInput({ field, path, store, name, keys, describedBy: more, unitId: shownAt }: Props) {
  const id = controlId(field.id, path);
  const spec = cellSpec(field, path);
  const unitId = shownAt ?? `${id}-unit`;
  const write = (text: string) => store.set(field.id, writeCell(field, store.current(field), path, text));
  return (
    <span class={spec ? 'number-input' : 'text-input'}>
      <input
        id={id}
        type="text"
        inputMode={spec ? (spec.measure === 'count' ? 'numeric' : 'decimal') : undefined}
        autocomplete="off"
        aria-label={name}
        aria-invalid={hasError(issuesAt(field.id, path)) || undefined}
        aria-describedby={describedBy(spec?.unit && unitId, more)}
        value={readCell(field, store.field(field.id).value, path)}
        onInput={(e) => write(e.currentTarget.value)}
        onBlur={(e) => {
          const shown = spec ? cellTextOnLeave(e.currentTarget.value, spec.measure) : e.currentTarget.value;
          if (shown !== e.currentTarget.value) write(shown);
        }}
        {...keys}
      />
      {spec?.unit && !shownAt && (
        <span class="unit" id={unitId}>
          {spec.unit}
          <span class="visually-hidden">（单位）</span>
        </span>
      )}
    </span>
  );
}
