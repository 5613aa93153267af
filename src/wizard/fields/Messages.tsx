// A field's messages, next to it: errors first, then warnings, each in plain Chinese.
import { issueText } from '../issues';
import type { FieldIssue } from '../issues';

export function Messages({ id, issues }: { id: string; issues: readonly FieldIssue[] }) {
  if (!issues.length) return null;
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <div id={id} class="messages">
      {sorted.map((i) => (
        <p class={i.severity === 'error' ? 'error-message' : 'warning-message'}>
          <span class="visually-hidden">{i.severity === 'error' ? '错误：' : '提示：'}</span>
          {issueText(i)}
        </p>
      ))}
    </div>
  );
}

/** aria-describedby for a control: its hint and its messages, where present. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}
