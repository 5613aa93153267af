// The list's problems, errors first, each with a 「修改」 that opens the row; warnings folded under their count.
import type { ListProblem } from '../../enterprises/listProblems';

const SHOWN = 100;

function Items({ items, onEdit }: { items: readonly ListProblem[]; onEdit: (index: number) => void }) {
  return (
    <ul>
      {items.slice(0, SHOWN).map((p) => (
        <li>
          {p.message}{' '}
          <button type="button" class="link-button" aria-label={`修改：${p.message}`} onClick={() => onEdit(p.index)}>
            修改
          </button>
        </li>
      ))}
      {items.length > SHOWN && <li class="note">还有 {items.length - SHOWN} 条，修改上面的问题后会显示。</li>}
    </ul>
  );
}

export function ListProblems({ problems, onEdit }: { problems: readonly ListProblem[]; onEdit: (index: number) => void }) {
  const errors = problems.filter((p) => p.problem.severity === 'error');
  const warnings = problems.filter((p) => p.problem.severity === 'warning');
  if (!problems.length) return null;
  return (
    <div class="list-problems">
      {errors.length > 0 && (
        <section class="error-summary-box" aria-labelledby="list-errors">
          <h3 id="list-errors">需要修改的问题（{errors.length} 条）</h3>
          <Items items={errors} onEdit={onEdit} />
        </section>
      )}
      {warnings.length > 0 && (
        <details class="list-warnings">
          <summary>请核对的地方（{warnings.length} 条）</summary>
          <Items items={warnings} onEdit={onEdit} />
        </details>
      )}
    </div>
  );
}
