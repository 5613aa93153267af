// 「填入 123.45」: puts the table's figure into the form. An empty cell is filled at once; a typed value is replaced
// only after the official confirms, seeing both — never silently.
import { useState } from 'preact/hooks';
import type { Offer } from '../../enterprises/offers';
import type { Editor } from '../store';
import { fillOffer } from './fill';

export function OfferButton({ offer, store }: { offer: Offer; store: Editor }) {
  const [asking, setAsking] = useState(false);
  if (offer.text === null) return null;
  // Hint: a typed value equal to the offer leaves the button's room, hidden, so typing never moves the form below.
  if (offer.typedText !== undefined && !offer.differs)
    return (
      <button type="button" class="secondary-button offer-idle" tabIndex={-1} aria-hidden="true" disabled>
        填入 {offer.text}
      </button>
    );
  const name = `${offer.cellLabel}`;
  if (asking)
    return (
      <span class="offer-confirm" role="group" aria-label={`确认替换：${name}`}>
        将 {name} 的“{offer.typedText}”替换为 {offer.text}？{' '}
        <button type="button" class="primary-button" onClick={() => (fillOffer(store, offer), setAsking(false))}>
          替换
        </button>{' '}
        <button type="button" class="secondary-button" onClick={() => setAsking(false)}>
          不替换
        </button>
      </span>
    );
  return (
    <button
      type="button"
      class="secondary-button"
      aria-label={`填入 ${offer.text}（一企一表）：${name}`}
      onClick={() => (offer.typedText === undefined ? fillOffer(store, offer) : setAsking(true))}
    >
      填入 {offer.text}
    </button>
  );
}
