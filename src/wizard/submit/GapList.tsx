// After 「根据已填数据起草」: what the drafted 简介 leaves to write, each 【待补充】 named with a link to the field
// of the 申报表 that holds its figure, or said to be written in the 简介 itself.
import type { DraftedIntro } from '../../submission/intro/draftIntro';
import { routeHref } from '../route';
import type { Editor } from '../store';
import { SUMMARY_STEP } from './steps';

export function GapList({ store, drafted }: { store: Editor; drafted: DraftedIntro }) {
  if (!drafted.gaps.length) return <p role="status">已根据申报表中的数据起草简介，请核对并修改。</p>;
  return (
    <div role="status" class="gap-list">
      <p>已起草简介，其中 {drafted.gaps.length} 处“【待补充】”需要您补充或改写：</p>
      <ul>
        {drafted.gaps.map((g) => (
          <li>
            {g.what}
            {g.fieldId && g.step ? (
              <>
                ：{g.step === SUMMARY_STEP ? '本页尚未填写，' : '申报表中未填写，'}
                <a href={routeHref({ draftId: store.draft.id, step: g.step, focus: g.fieldId })}>去填写</a>
                {g.step === SUMMARY_STEP ? '后可重新起草' : ''}
              </>
            ) : (
              '：申报表中没有这一项，请直接在简介中写明'
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
