// 「佐证材料汇编」 on the 佐证材料清单 page: the bound volume of every attached file (src/evidence/volume), with the
// 申报表 in front when asked — marked 草稿 on every page while the draft has open problems, as on 核对信息.
import { countProblems, isDraft, openProblems } from '../openProblems';
import type { Step } from '../steps';
import type { Editor } from '../store';
import { VolumeActions } from './VolumeActions';
import { volumeRequest } from './volumeRequest';

export function VolumeSection({ store, steps }: { store: Editor; steps: readonly Step[] }) {
  const draft = () => isDraft(countProblems(openProblems(store.ctx, store.values(), steps)));
  return (
    <section aria-labelledby="volume-title" class="volume-section">
      <h2 id="volume-title">佐证材料汇编（装订成册）</h2>
      <p class="hint">把已附的全部文件按本清单的编号装订为一个 PDF：封面、目录（附件编号、名称和页码），再依次是各附件；自我声明的事项附声明页，待签字盖章。</p>
      <VolumeActions
        request={() => volumeRequest(store)}
        noticeId={store.ctx.notice.id}
        values={() => store.values()}
        title={store.draft['title'] as string | undefined}
        draft={draft}
      />
    </section>
  );
}
