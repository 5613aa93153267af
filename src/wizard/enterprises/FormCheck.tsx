// The form against its enterprises, in one table: each figure of the 申报表 the 一企一表 backs, what is typed, the
// table's figure and the difference, with 「填入」 and a link to the field.
import type { Offer } from '../../enterprises/offers';
import { sectionOf } from '../../rules';
import { routeHref } from '../route';
import type { Editor } from '../store';
import { comparison } from './fill';
import { OfferButton } from './OfferButton';

export function FormCheck({ offers, store }: { offers: readonly Offer[]; store: Editor }) {
  if (!offers.length) return <p>导入企业后，这里会列出申报表中可由一企一表核对的数字。</p>;
  return (
    <div class="table-scroll">
      <table class="form-check">
        <caption>申报表中的数字与一企一表</caption>
        <thead>
          <tr>
            <th scope="col">申报表中的项目</th>
            <th scope="col">一企一表</th>
            <th scope="col">比较</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr class={o.differs ? 'differs' : ''}>
              <th scope="row">
                <a href={routeHref({ draftId: store.draft.id, step: sectionOf(store.ctx, o.field.id) ?? 's2', focus: o.field.id })}>{o.cellLabel}</a>
              </th>
              <td class="number">
                {o.text ?? '—'}
                <span class="formula">（{o.basis}）</span>
              </td>
              <td>{comparison(o)}</td>
              <td>
                <OfferButton offer={o} store={store} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
