// Values the rules compute for a field, shown beside it with their formula: 「填入 11.54」 where the cell is empty,
// 「改用计算值」 and a warning where the typed value differs by more than rounding — never applied unasked.
// Hint: the line is there before its inputs are (「—」 and the formula), of the same length, so the result appearing a moment after typing
// pauses does not push the next control away from under the pointer.
import { fieldById } from '../../forms/walk';
import { cellSpec } from '../../rules';
import type { ComputedValue } from '../../rules';
import { stepComputed } from '../issues';
import { controlId } from '../names';
import type { Editor } from '../store';
import { writeCell } from './cells';

function _apply(store: Editor, c: ComputedValue) {
  if (c.suggestion === null) return;
  const field = fieldById(store.ctx.form, c.fieldId);
  store.set(field.id, writeCell(field, store.current(field), c.path, c.suggestion));
  document.getElementById(controlId(c.fieldId, c.path))?.focus();
}

/** Which cell a computed value is for: the year of a per-year cell, else the computation's own label. */
function _where(c: ComputedValue): string {
  if (!c.path) return '';
  return /^\d{4}$/.test(c.path) ? `${c.path}年 ` : `${c.label}：`;
}

/** The value as its cell would hold it: whole for a count, else two decimals. */
function _shown(store: Editor, c: ComputedValue): string {
  if (c.value === null) return '—';
  return cellSpec(fieldById(store.ctx.form, c.fieldId), c.path)?.measure === 'count' ? c.value.toFixed(0) : c.value.toFixed(2);
}

/** The cell's name in a button's label: the computation's label, with the year of a year's cell. */
const _named = (c: ComputedValue) => (c.path && /^\d{4}$/.test(c.path) ? `${c.label} ${c.path}年` : c.label);

/**
 * 「填入」 for an empty cell, 「改用计算值」 for a differing one. Hint: its place is kept while there is nothing to
 * offer, so the button appearing when typing pauses never moves the rows below.
 */
function _Action({ c, store }: { c: ComputedValue; store: Editor }) {
  const offered = c.suggestion !== null && (c.typed === null || c.differs);
  const words = c.typed === null ? `填入 ${c.suggestion}` : `改用计算值 ${c.suggestion}`;
  return (
    <span class="hint-action">
      {offered && (
        <button type="button" class="secondary-button" onClick={() => _apply(store, c)} aria-label={`${words}：${_named(c)}`}>
          {words}
        </button>
      )}
    </span>
  );
}

interface Props {
  fieldId: string;
  store: Editor;
  /** Only the values for these cells (a targets row's baseline); default every value of the field. */
  only?: (c: ComputedValue) => boolean;
  /** Say where (「2023年」, the label) before each value; off where the row says it already. */
  bare?: boolean;
}

export function ComputedHints({ fieldId, store, only, bare }: Props) {
  const list = (stepComputed.value.get(fieldId) ?? []).filter((c) => c.kind === 'field' && (!only || only(c)));
  if (!list.length) return null;
  return (
    <ul class="computed-hints">
      {list.map((c) => (
        <li class={c.differs ? 'differs' : ''}>
          <span>
            {bare ? '' : _where(c)}
            {c.copied ? `可取${c.formula}：` : '按公式计算为 '}
            {c.value === null ? <strong aria-hidden="true">—</strong> : <strong>{_shown(store, c)}</strong>}
            {!c.copied && <span class="formula">（{c.formula}）</span>}
            {c.value === null && <span class="visually-hidden">：所需数据尚未填齐</span>}
            {c.differs && c.typed !== null && <span class="warning-message">，与填写的 {c.typed} 不一致</span>}
          </span>
          <_Action c={c} store={store} />
        </li>
      ))}
    </ul>
  );
}
