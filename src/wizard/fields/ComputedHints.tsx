// Values the rules compute for a field, shown beside it with their formula. Where the typed value differs by
// more than rounding, a warning and a button to use the computed value — never a silent overwrite.
// Hint: the line is there before its inputs are (「—」 and the formula), of the same length, so the result appearing a moment after typing
// pauses does not push the next control away from under the pointer.
import type { ComputedValue } from '../../rules';
import { stepComputed } from '../issues';
import type { Editor } from '../store';

function apply(store: Editor, c: ComputedValue) {
  if (c.suggestion === null) return;
  if (!c.path) return store.set(c.fieldId, c.suggestion);
  const current = (store.field(c.fieldId).peek() ?? {}) as Record<string, unknown>;
  store.set(c.fieldId, { ...current, [c.path]: c.suggestion });
}

/** Which cell a computed value is for: the year of a per-year cell, else the computation's own label. */
function where(c: ComputedValue): string {
  if (!c.path) return '';
  return /^\d{4}$/.test(c.path) ? `${c.path}年 ` : `${c.label}：`;
}

export function ComputedHints({ fieldId, store }: { fieldId: string; store: Editor }) {
  const list = (stepComputed.value.get(fieldId) ?? []).filter((c) => c.kind === 'field');
  if (!list.length) return null;
  return (
    <ul class="computed-hints">
      {list.map((c) => (
        <li class={c.differs ? 'differs' : ''}>
          <span>
            {where(c)}按公式计算为{' '}
            {c.value === null ? <strong aria-hidden="true">—</strong> : <strong>{c.value.toFixed(2)}</strong>}
            <span class="formula">（{c.formula}）</span>
            {c.value === null && <span class="visually-hidden">：所需数据尚未填齐</span>}
            {c.differs && c.typed !== null && <span class="warning-message">，与填写的 {c.typed} 不一致</span>}
          </span>
          {c.differs && c.suggestion !== null && (
            <button type="button" class="secondary-button" onClick={() => apply(store, c)} aria-label={`改用计算值 ${c.suggestion}：${where(c) || c.label}`}>
              改用计算值 {c.suggestion}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
