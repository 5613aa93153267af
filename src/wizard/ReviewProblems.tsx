// 核对信息's list of what is still open, section by section: errors, warnings and unanswered items, each a link
// to its field. It takes focus when the PDF gate's 「先去修改」 sends the user here.
import type { Ref } from 'preact';
import { routeHref } from './route';
import type { Problem, ProblemKind, SectionProblems } from './openProblems';

const kindText: Record<ProblemKind, string> = { error: '错误', warning: '提醒', unanswered: '未填写' };

interface Props {
  draftId: string;
  sections: readonly SectionProblems[];
  counts: Record<ProblemKind, number>;
  listRef: Ref<HTMLDivElement>;
}

function ProblemLink({ p, href }: { p: Problem; href: string }) {
  return (
    <li class={`problem problem-${p.kind}`}>
      <span class="problem-kind">{kindText[p.kind]}</span>{' '}
      <a href={href}>
        {p.label}
        {p.message && `：${p.message}`}
      </a>
    </li>
  );
}

export function ReviewProblems({ draftId, sections, counts, listRef }: Props) {
  const total = counts.error + counts.warning + counts.unanswered;
  return (
    <div class="open-problems" id="open-problems" tabIndex={-1} ref={listRef} aria-labelledby="problems-title">
      <h2 id="problems-title">
        {total ? `还有 ${counts.error} 个错误、${counts.warning} 个提醒、${counts.unanswered} 项未填写` : '没有待处理的问题'}
      </h2>
      {total === 0 && <p>所有必填项都已填写。没有发现错误。</p>}
      {sections.map(({ step, problems }) => (
        <section aria-labelledby={`problems-${step.id}`}>
          <h3 id={`problems-${step.id}`}>{step.title}</h3>
          <ul class="problem-list">
            {problems.map((p) => (
              <ProblemLink p={p} href={routeHref({ draftId, step: step.id, focus: p.fieldId })} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
