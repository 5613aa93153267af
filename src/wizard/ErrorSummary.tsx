// The error summary at the top of a step (GOV.UK pattern): one line per question with its problems grouped, each a
// link that moves focus to the first cell concerned. When shown it takes focus and is scrolled into view from its
// heading, so the heading is read and seen first.
import { useEffect, useRef } from 'preact/hooks';
import type { FieldIssue } from './issues';
import { focusField } from './focus';
import type { QuestionLine } from './questionLines';

interface Props {
  lines: readonly QuestionLine[];
  hrefFor: (i: FieldIssue) => string;
}

export function ErrorSummary({ lines, hrefFor }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Hint: focus alone scrolls a tall box only as far as the browser likes (its middle, past the heading).
    box.focus({ preventScroll: true });
    box.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">本节还有 {lines.length} 个问题</h2>
      <ul>
        {lines.map((line) => (
          <li>
            <a
              href={hrefFor(line.first)}
              onClick={(e) => {
                e.preventDefault();
                focusField(line.first.fieldId, line.first.path);
              }}
            >
              {line.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
