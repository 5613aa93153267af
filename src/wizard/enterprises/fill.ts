// Putting an offered figure into the form: the cell of a per-year field, or the single value.
import type { Offer } from '../../enterprises/offers';
import type { Editor } from '../store';

export function fillOffer(store: Editor, o: Offer): void {
  if (o.text === null) return;
  if (o.year === undefined) return store.set(o.field.id, o.text);
  const current = (store.field(o.field.id).peek() ?? {}) as Record<string, unknown>;
  store.set(o.field.id, { ...current, [String(o.year)]: o.text });
}

/** 「与填写的 120.00 相差 3.45」 or 「与填写一致」 or 「表中未填」. */
export function comparison(o: Offer): string {
  if (o.typedText === undefined) return '表中未填';
  if (!o.differs || o.value === null || o.typed === null) return '与表中填写一致';
  const diff = o.typed - o.value;
  const shown = o.field.measure === 'count' ? String(Math.abs(diff)) : Math.abs(diff).toFixed(2);
  return `表中填写 ${o.typedText}，${diff > 0 ? '多' : '少'} ${shown}`;
}
