// The task list: every step with its status, the draft's progress (parts finished, items left — the measure the
// drafts list and 核对信息 use too), and free movement between steps in any order.
// Hint: only a phone folds the list away behind 「填写进度」 (so the step comes first); on a wide screen the list is
// always shown and the line is plain text, so no key press can fold it.
import { useEffect, useState } from 'preact/hooks';
import type { FormProgress } from '../forms/progress';
import type { Step, StepStatus } from './steps';
import { routeHref } from './route';

interface Props {
  draftId: string;
  steps: readonly Step[];
  statuses: Readonly<Record<string, StepStatus>>;
  progress: FormProgress;
  current: string;
  extra: readonly Step[];
}

const statusClass: Record<StepStatus, string> = { 未开始: 'not-started', 填写中: 'in-progress', 已完成: 'completed', 有问题: 'problem' };
const WIDE = '(min-width: 821px)';

/** Whether the screen is wide enough to show the list beside the step; follows resizing and rotation. */
function useWide(): boolean {
  const query = typeof matchMedia === 'undefined' ? undefined : matchMedia(WIDE);
  const [wide, setWide] = useState(query ? query.matches : true);
  useEffect(() => {
    if (!query) return;
    const follow = () => setWide(query.matches);
    // Hint: Safari < 14 and old Chromium-based browsers have only addListener (deprecated) on a MediaQueryList.
    if (query.addEventListener) query.addEventListener('change', follow);
    else query.addListener(follow);
    return () => (query.removeEventListener ? query.removeEventListener('change', follow) : query.removeListener(follow));
  }, []);
  return wide;
}

/** 「填写进度：已完成 3 / 10 部分，还有 42 项未填」 */
export function progressText(p: FormProgress): string {
  return `填写进度：已完成 ${p.partsDone} / ${p.parts} 部分${p.itemsLeft ? `，还有 ${p.itemsLeft} 项未填` : '，各项均已填写'}`;
}

function Steps({ draftId, steps, statuses, current, extra }: Omit<Props, 'progress'>) {
  return (
    <>
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
              {s.status && (
                <>
                  <span class="visually-hidden">，</span>
                  <span class="status extra-status">{s.status}</span>
                </>
              )}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

export function TaskList({ progress, ...rest }: Props) {
  const wide = useWide();
  return (
    <nav class="task-list" aria-label="填写步骤">
      {wide ? (
        <>
          <p class="progress">{progressText(progress)}</p>
          <Steps {...rest} />
        </>
      ) : (
        <details>
          <summary class="progress">{progressText(progress)}</summary>
          <Steps {...rest} />
        </details>
      )}
    </nav>
  );
}
