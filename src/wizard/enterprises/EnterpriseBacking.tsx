// Beside a figure of the form the enterprises can back: the 一企一表's figure for each year, how it was obtained,
// how it compares with what is typed, and 「填入 …」. Shown only once the draft has enterprises.
import { fieldOffers } from '../../enterprises/offers';
import type { Editor } from '../store';
import { comparison } from './fill';
import { OfferButton } from './OfferButton';

export function EnterpriseBacking({ fieldId, store }: { fieldId: string; store: Editor }) {
  const rows = store.enterprises.value;
  if (!rows.length) return null;
  const offers = fieldOffers(store.ctx.form, fieldId, store.field(fieldId).value, rows);
  if (!offers.length) return null;
  return (
    <ul class="computed-hints enterprise-backing" aria-label={`一企一表：${offers[0]!.field.label}`}>
      {offers.map((o) => (
        <li class={o.differs ? 'differs' : ''}>
          <span>
            {o.year !== undefined ? `${o.year}年 ` : ''}一企一表为 <strong>{o.text ?? '—'}</strong>
            <span class="formula">（{o.basis}）</span>
            <span class={`comparison ${o.differs ? 'warning-message' : ''}`}>{comparison(o)}</span>
          </span>
          <OfferButton offer={o} store={store} />
        </li>
      ))}
    </ul>
  );
}
