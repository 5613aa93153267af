// The task list: every step with its status; free movement between steps in any order.
import type { Step, StepStatus } from './steps';
import { routeHref } from './route';

interface Props {
  draftId: string;
  steps: readonly Step[];
  statuses: Readonly<Record<string, StepStatus>>;
  current: string;
  extra: readonly Step[];
}

const statusClass: Record<StepStatus, string> = { 未开始: 'not-started', 填写中: 'in-progress', 已完成: 'completed', 有问题: 'problem' };

export function TaskList({ draftId, steps, statuses, current, extra }: Props) {
  const done = steps.filter((s) => statuses[s.id] === '已完成').length;
  // Hint: on a phone the list folds away behind its summary so the step itself comes first.
  const wide = typeof matchMedia === 'undefined' || matchMedia('(min-width: 821px)').matches;
  return (
    <nav class="task-list" aria-label="填写步骤">
      <details open={wide}>
      <summary class="progress">
        填写进度：已完成 {done} / {steps.length} 部分
      </summary>
      <ol>
        {steps.map((s) => {
          const status = statuses[s.id] ?? '未开始';
          return (
            <li class={s.id === current ? 'current' : ''}>
              <a href={routeHref({ draftId, step: s.id })} aria-current={s.id === current ? 'step' : undefined}>
                {s.title}
                <span class="visually-hidden">，状态：</span>
                <strong class={`status ${statusClass[status]}`}>{status}</strong>
              </a>
            </li>
          );
        })}
      </ol>
      <ul class="extra-steps">
        {extra.map((s) => (
          <li class={s.id === current ? 'current' : ''}>
            <a href={routeHref({ draftId, step: s.id })} aria-current={s.id === current ? 'page' : undefined}>
              {s.title}
            </a>
          </li>
        ))}
      </ul>
      </details>
    </nav>
  );
}
