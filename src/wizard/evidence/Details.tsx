// What each kind of item shows beside its status: a notice item with what the draft answered for it; a form item
// with the answer and the form's demand; a declared criterion with its clause and source. Each with 「修改」.
import type { EvidenceEntry } from '../../evidence';
import { ChecklistDetails } from '../NoticeChecklist';
import { routeHref } from '../route';
import type { Editor } from '../store';

export function ItemDetails({ entry, store }: { entry: EvidenceEntry; store: Editor }) {
  const draftId = store.draft.id;
  const o = entry.origin;
  if (o.kind === 'list') return <ChecklistDetails entry={o.entry} draftId={draftId} store={store} />;
  if (o.kind === 'criterion')
    return (
      <div>
        <span class="evidence-label">{o.criterion.title}</span>：{o.criterion.clause}
        <span class="evidence-demand">（{o.criterion.source}）</span>
      </div>
    );
  const item = o.item;
  return (
    <>
      <div>
        <span class="evidence-label">{item.label}</span>：{item.answer}
        <span class="evidence-demand">（{item.demand}）</span>
      </div>
      <a aria-label={`修改 ${item.label}`} href={routeHref({ draftId, step: item.sectionId, focus: item.fieldId })}>
        修改
      </a>
    </>
  );
}
