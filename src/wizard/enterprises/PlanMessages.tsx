// The problems an import found, errors first, each naming the file, row and column; a long list is cut with a count.
import type { PlanMessage } from '../../enterprises/plan';

const SHOWN = 200;

function Group({ title, items, cls }: { title: string; items: readonly PlanMessage[]; cls: string }) {
  if (!items.length) return null;
  return (
    <section class={`plan-messages ${cls}`} aria-label={`${title}（${items.length} 条）`}>
      <h4>
        {title}（{items.length} 条）
      </h4>
      <ul>
        {items.slice(0, SHOWN).map((m) => (
          <li>{m.message}</li>
        ))}
      </ul>
      {items.length > SHOWN && <p class="note">还有 {items.length - SHOWN} 条未列出，导入后可在名单的问题中查看。</p>}
    </section>
  );
}

export function PlanMessages({ messages }: { messages: readonly PlanMessage[] }) {
  if (!messages.length) return <p>没有发现问题。</p>;
  return (
    <>
      <Group title="需要修改" items={messages.filter((m) => m.severity === 'error')} cls="errors" />
      <Group title="请核对" items={messages.filter((m) => m.severity === 'warning')} cls="warnings" />
    </>
  );
}
