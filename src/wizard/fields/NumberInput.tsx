// One number cell: a single value, or one year of a per-year row. Accepts what people type (１２３, 12,345.6, ＋/－,
// spaces, %) and, on leaving the cell, shows it as the PDF prints it: normalised, one decimal written with two
// (12.5 → 12.50), never rounded. Its unit follows the figure in the cell and is read out after the name.
import { cellTextOnLeave } from '../../forms/numbers';
import type { NumberField } from '../../forms/types';
import { cellSpec } from '../../rules';
import { hasError, issuesAt, issuesOf } from '../issues';
import { controlId, fieldName, messageId, yearName } from '../names';
import type { Editor } from '../store';
import { readCell, writeCell } from './cells';
import type { CellKeys } from './grid';
import { describedBy } from './Messages';

interface Props {
  field: NumberField;
  store: Editor;
  /** The year of a per-year cell; absent for a single value. */
  year?: number;
  /** A visible <label for> names this input elsewhere; otherwise it carries its own aria-label. */
  labelled?: boolean;
  /** Enter and paste, where the cell is part of a table (grid.tsx). */
  keys?: CellKeys;
}

export function NumberInput({ field, store, year, labelled, keys }: Props) {
  const signal = store.field(field.id);
  const path = year === undefined ? undefined : String(year);
  const id = controlId(field.id, path);
  const issues = path ? issuesAt(field.id, path) : issuesOf(field.id);
  const spec = cellSpec(field, path);
  const write = (text: string) => store.set(field.id, writeCell(field, store.current(field), path, text));
  const name = year === undefined ? fieldName(field) : yearName(field, year);
  const unitId = `${id}-unit`;
  return (
    <span class="number-input">
      <input
        id={id}
        type="text"
        inputMode={field.measure === 'count' ? 'numeric' : 'decimal'}
        autocomplete="off"
        aria-label={labelled ? undefined : name}
        value={readCell(field, signal.value, path)}
        aria-invalid={hasError(issues) || undefined}
        aria-describedby={describedBy(spec?.unit && unitId, issues.length > 0 && messageId(field.id))}
        onInput={(e) => write(e.currentTarget.value)}
        onBlur={(e) => {
          const shown = cellTextOnLeave(e.currentTarget.value, field.measure);
          if (shown !== e.currentTarget.value) write(shown);
        }}
        {...keys}
      />
      {spec?.unit && (
        <span class="unit" id={unitId}>
          {spec.unit}
          <span class="visually-hidden">（单位）</span>
        </span>
      )}
    </span>
  );
}
