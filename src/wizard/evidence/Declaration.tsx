// The 自我声明 page of one item, to print, sign and stamp: the item's number and text, the cluster as entered, and
// blank lines for what only the official can write. Shown only when printed (「打印自我声明页」).
import type { EvidenceEntry } from '../../evidence';

export function DeclarationSheet({ entry, clusterName, noticeTitle }: { entry: EvidenceEntry; clusterName: string; noticeTitle: string }) {
  return (
    <section class="declaration-sheet" aria-label={`自我声明 附件${entry.number}`}>
      <h2>自我声明</h2>
      <p class="declaration-meta">
        集群名称：{clusterName || '＿＿＿＿＿＿＿＿＿＿＿＿'}
        <br />
        申报通知：{noticeTitle}
        <br />
        佐证材料：附件{entry.number}
      </p>
      <p class="declaration-item">{entry.title}</p>
      <p class="declaration-body">
        本单位郑重声明：上述佐证材料所涉及的情况真实、准确、完整，以本声明作为佐证材料。如有不实，本单位愿承担相应责任。
      </p>
      <p class="declaration-sign">
        申报主体（盖章）：＿＿＿＿＿＿＿＿＿＿＿＿
        <br />
        负责人（签字）：＿＿＿＿＿＿＿＿
        <br />
        日期：＿＿＿＿年＿＿月＿＿日
      </p>
    </section>
  );
}
