// The error summary at the top of a step (GOV.UK pattern): takes focus when shown, lists each problem
// as a link that moves focus to the field.
import { useEffect, useRef } from 'preact/hooks';
import { issueText } from './issues';
import type { FieldIssue } from './issues';
import { focusField } from './focus';

interface Props {
  issues: readonly FieldIssue[];
  hrefFor: (i: FieldIssue) => string;
  /** The field's label, so each line says where the problem is (inline messages sit next to their field). */
  labelFor: (i: FieldIssue) => string;
}

export function ErrorSummary({ issues, hrefFor, labelFor }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">本节还有 {issues.length} 个问题</h2>
      <ul>
        {issues.map((i) => (
          <li>
            <a
              href={hrefFor(i)}
              onClick={(e) => {
                e.preventDefault();
                focusField(i.fieldId, i.path);
              }}
            >
              {labelFor(i)}：{issueText(i)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
