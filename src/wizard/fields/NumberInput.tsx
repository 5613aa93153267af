// One number cell: a single value, or one year of a per-year row. Accepts what people type
// (１２３, 12,345.6, ＋/－, spaces, %) and normalises it when the cell loses focus.
import type { NumberField } from '../../forms/types';
import { normaliseNumberText } from '../../forms/numbers';
import { hasError, issuesAt, issuesOf } from '../issues';
import { controlId, fieldName, messageId, yearName } from '../names';
import type { Editor } from '../store';
import { describedBy } from './Messages';

interface Props {
  field: NumberField;
  store: Editor;
  /** The year of a per-year cell; absent for a single value. */
  year?: number;
  /** A visible <label for> names this input elsewhere; otherwise it carries its own aria-label. */
  labelled?: boolean;
  /** Hide the unit where the row label already shows it (year tables). */
  noUnit?: boolean;
}

function readCell(value: unknown, year: number | undefined): string {
  if (year === undefined) return typeof value === 'string' ? value : '';
  const cell = (value as Record<string, unknown> | undefined)?.[String(year)];
  return typeof cell === 'string' ? cell : '';
}

export function NumberInput({ field, store, year, labelled, noUnit }: Props) {
  const signal = store.field(field.id);
  const path = year === undefined ? undefined : String(year);
  const id = controlId(field.id, path);
  const issues = path ? issuesAt(field.id, path) : issuesOf(field.id);
  const write = (text: string) =>
    store.set(field.id, path ? { ...(signal.peek() as Record<string, unknown> | undefined), [path]: text } : text);
  const name = year === undefined ? fieldName(field) : yearName(field, year);
  return (
    <span class="number-input">
      <input
        id={id}
        type="text"
        inputMode={field.measure === 'count' ? 'numeric' : 'decimal'}
        autocomplete="off"
        aria-label={labelled ? undefined : name}
        value={readCell(signal.value, year)}
        aria-invalid={hasError(issues) || undefined}
        aria-describedby={describedBy(issues.length > 0 && messageId(field.id))}
        onInput={(e) => write(e.currentTarget.value)}
        onBlur={(e) => {
          const normal = normaliseNumberText(e.currentTarget.value);
          if (normal !== e.currentTarget.value) write(normal);
        }}
      />
      {field.unit && !noUnit ? (
        <span class="unit" aria-hidden="true">
          {field.unit}
        </span>
      ) : null}
    </span>
  );
}
