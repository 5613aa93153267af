// 「报送材料」: what the notice asks to be delivered, item by item, from its own data — the words it uses, the
// medium and copies, who stamps, the button that writes each file — with 「已盖章」「已寄出」 ticks kept in the draft.
import type { Deliverable } from '../../forms/notices';
import { tickKey, type SubmissionTick } from '../../forms/submission';
import { stampText } from '../../submission/stamps';
import type { DraftStore } from '../../storage';
import type { Editor } from '../store';
import { setTick } from './answers';
import { productViews } from './Products';

const _sentLabel = (d: Deliverable) => (d.medium === '电子邮件' || d.medium === '电子文件' ? '已发送' : '已寄出');

function Tick({ store, d, tick, label }: { store: Editor; d: Deliverable; tick: SubmissionTick; label: string }) {
  const key = tickKey(d.id, tick);
  return (
    <label class="option delivery-tick">
      <input
        type="checkbox"
        aria-label={`${label}：${d.name}`}
        checked={store.submission.value.ticks?.[key] === true}
        onChange={(e) => setTick(store, key, e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}

function DeliverableCard({ store, drafts, d }: { store: Editor; drafts: DraftStore; d: Deliverable }) {
  const stamp = stampText(store.ctx.notice, store.ctx.form, d);
  return (
    <li class="deliverable" aria-labelledby={`deliver-${d.id}`}>
      <h2 id={`deliver-${d.id}`}>{d.name}</h2>
      <p class="quote">通知原文：“{d.quote}”</p>
      <dl class="deliverable-facts">
        <dt>形式</dt>
        <dd>
          {d.medium}
          {d.copies !== undefined && `，${d.copies} 份`}
        </dd>
        {stamp && (
          <>
            <dt>盖章</dt>
            <dd>{stamp}</dd>
          </>
        )}
      </dl>
      {d.products.length > 0 ? d.products.map((p) => productViews[p]({ store, drafts })) : <p>由推荐单位出具，本工具不生成。</p>}
      <div class="delivery-ticks">
        {d.stamp && <Tick store={store} d={d} tick="stamped" label="已盖章" />}
        <Tick store={store} d={d} tick="sent" label={_sentLabel(d)} />
      </div>
    </li>
  );
}

export function SubmitPage({ store, drafts }: { store: Editor; drafts: DraftStore }) {
  const { notice } = store.ctx;
  return (
    <article class="submit-page" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        报送材料
      </h1>
      <dl class="deliverable-facts">
        <dt>报送至</dt>
        <dd>{notice.submitTo}</dd>
        <dt>截止时间</dt>
        <dd>
          {notice.deadline.text}（由{notice.deadline.by}报送；县级请按上级要求提前报送）
        </dd>
        {notice.quota && (
          <>
            <dt>推荐数量</dt>
            <dd>{notice.quota}</dd>
          </>
        )}
      </dl>
      <p>
        {notice.documentNumber}要求报送：{notice.copies.join('；')}。下面逐项列出，生成文件的按钮在各项之下；勾选“已盖章”“已寄出”随草稿保存。
      </p>
      <ol class="deliverables">
        {notice.deliverables.map((d) => (
          <DeliverableCard store={store} drafts={drafts} d={d} />
        ))}
      </ol>
    </article>
  );
}
