// Keyboard and clipboard for the form's tables, as in a spreadsheet: Enter moves down a column (Shift+Enter up);
// a row, a column or a block pasted from Excel or WPS spreads over the cells from the focused one, says what it
// did (「已粘贴 3×2 个数值」) and can be undone (the button, or Ctrl+Z before typing again).
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FieldValue } from '../../forms/fieldValues';
import { controlId } from '../names';
import type { Editor } from '../store';
import { readCell, writeCell } from './cells';
import { pasteSummary, planPaste } from './paste';
import type { CellWrite, Grid, GridCell } from './paste';

export type { Grid, GridCell };

/** The handlers a table cell takes: Enter to move, paste to spread a block. */
export interface CellKeys {
  readonly onKeyDown: (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => void;
  readonly onPaste: (e: JSX.TargetedClipboardEvent<HTMLInputElement>) => void;
}

/** Write several cells as one change; cells of one field are written one after the other into its value. */
function _apply(store: Editor, writes: readonly CellWrite[]): void {
  const next = new Map<string, FieldValue | undefined>();
  for (const { cell, text } of writes) {
    const id = cell.field.id;
    next.set(id, writeCell(cell.field, next.has(id) ? next.get(id) : store.current(cell.field), cell.path, text));
  }
  store.setAll(next);
}

const _textOf = (store: Editor, cell: GridCell) => readCell(cell.field, store.field(cell.field.id).peek(), cell.path);
const _element = (cell: GridCell) => document.getElementById(controlId(cell.field.id, cell.path)) as HTMLInputElement | null;

/** Focus the next cell of the column that exists, `step` rows away (1 down, −1 up). */
function _move(grid: Grid, row: number, col: number, step: 1 | -1): void {
  for (let r = row + step; r >= 0 && r < grid.length; r += step) {
    const cell = grid[r]?.[col];
    if (!cell) continue;
    const input = _element(cell);
    input?.focus();
    input?.select?.();
    return;
  }
}

interface Pasted {
  readonly summary: string;
  readonly writes: readonly CellWrite[];
  readonly before: readonly CellWrite[];
}

/** The key and paste handlers of a table's cells, and the line that says what a paste did. */
export function useGrid(store: Editor, grid: Grid, name: string) {
  const [pasted, setPasted] = useState<Pasted | null>(null);
  const [said, setSaid] = useState('');
  const typedSince = useRef(false);
  const paste = (row: number, col: number, text: string) => {
    const plan = planPaste(grid, row, col, text);
    if (!plan.writes.length) return setSaid(pasteSummary(plan));
    const before = plan.writes.map((w) => ({ cell: w.cell, text: _textOf(store, w.cell) }));
    _apply(store, plan.writes);
    typedSince.current = false;
    setPasted({ summary: pasteSummary(plan), writes: plan.writes, before });
    setSaid(pasteSummary(plan));
  };
  // Hint: only cells still holding what was pasted go back, so typing done since is never undone with it.
  const undo = () => {
    if (!pasted) return;
    _apply(store, pasted.before.filter((b, i) => _textOf(store, b.cell) === pasted.writes[i]!.text));
    setPasted(null);
    setSaid('已撤销粘贴');
    _element(pasted.writes[0]!.cell)?.focus();
  };
  const keys = (row: number, col: number): CellKeys => ({
    onKeyDown: (e) => {
      // Hint: Enter that ends an IME composition (拼音 candidates) is the IME's, not a move; engines without
      // isComposing report it as keyCode 229 (deprecated, still the only signal there).
      if (e.key === 'Enter' && !e.isComposing && e.keyCode !== 229 && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        _move(grid, row, col, e.shiftKey ? -1 : 1);
      } else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z' && pasted && !typedSince.current) {
        e.preventDefault();
        undo();
      }
    },
    onPaste: (e) => {
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return;
      e.preventDefault();
      paste(row, col, text);
    },
  });
  const status = (
    <div class="paste-status">
      <p role="status" aria-live="polite">
        {said}
      </p>
      {pasted && (
        <button type="button" class="link-button" aria-label={`撤销粘贴（${name}）`} onClick={undo}>
          撤销粘贴
        </button>
      )}
    </div>
  );
  return { keys, status, onInput: () => void (typedSince.current = true) };
}
