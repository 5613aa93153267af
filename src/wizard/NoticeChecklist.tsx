// The notice's own 佐证材料清单 (Guangdong 附件2), item by item as the notice numbers them, each with what the draft
// answered in the fields it is about; a 「（如有）」 item says whether the draft's answer calls for it.
import type { EvidenceChecklist } from '../forms/checklists/types';
import type { ChecklistEntry } from '../evidence';
import { ChecklistDocument } from './enterprises/ChecklistDocument';
import { routeHref } from './route';
import type { Editor } from './store';

function StateNote({ entry }: { entry: ChecklistEntry }) {
  const c = entry.condition;
  if (entry.state === 'needed' || !c) return null;
  return (
    <span class={`checklist-state ${entry.state}`}>
      {entry.state === 'not-needed' ? `（“${c.label}”答“${c.answer}”，按目前的填写无需提供）` : `（是否需要，视“${c.label}”的回答而定）`}
    </span>
  );
}

/** One notice item's text, what the draft answered for it, and where to change that. */
export function ChecklistDetails({ entry, draftId, store }: { entry: ChecklistEntry; draftId: string; store?: Editor }) {
  return (
    <>
      <div class={`checklist-${entry.state}`}>
        {entry.text}
        <StateNote entry={entry} />
        {entry.document && <ChecklistDocument kind={entry.document} draftId={draftId} store={store} />}
        {entry.answers.length > 0 && (
          <span class="evidence-demand">
            表中填写：{entry.answers.map((a) => `${a.label}：${a.text}`).join('；')}
          </span>
        )}
      </div>
      {entry.edit && (
        <a aria-label={`修改 第${entry.number}项相关填写`} href={routeHref({ draftId, step: entry.edit.sectionId, focus: entry.edit.fieldId })}>
          修改
        </a>
      )}
    </>
  );
}

function Entry({ entry, draftId, store }: { entry: ChecklistEntry; draftId: string; store?: Editor }) {
  return (
    <li value={entry.number} class={`evidence-item checklist-${entry.state}`}>
      <ChecklistDetails entry={entry} draftId={draftId} store={store} />
    </li>
  );
}

export function NoticeChecklist({ checklist, entries, draftId, store }: { checklist: EvidenceChecklist; entries: readonly ChecklistEntry[]; draftId: string; store?: Editor }) {
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">
        通知要求报送的{checklist.title}（{checklist.source}，共 {entries.length} 项）
      </h2>
      {checklist.sections.map((s, i) => (
        <section aria-label={`${checklist.source} ${s.heading}`} key={i}>
          <h3>{s.heading}</h3>
          <ol class="evidence-list">
            {entries
              .filter((e) => e.heading === s.heading)
              .map((e) => (
                <Entry entry={e} draftId={draftId} store={store} />
              ))}
          </ol>
        </section>
      ))}
      {checklist.note && <p class="note">{checklist.note}</p>}
    </section>
  );
}
