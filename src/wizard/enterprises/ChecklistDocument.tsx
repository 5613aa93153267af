// Under 附件2 items 2 and 3 of the 佐证材料清单: the 一企一表 documents to download, and the page that collects them.
import { routeHref } from '../route';
import type { Editor } from '../store';
import { ENTERPRISES_STEP } from '../steps';
import { DownloadButtons } from './DownloadButtons';
import { documentSource } from './downloads';

export function ChecklistDocument({ kind, draftId, store }: { kind: 'enterpriseForms' | 'enterpriseSummary'; draftId: string; store?: Editor }) {
  const count = store?.enterprises.value.length ?? 0;
  const href = routeHref({ draftId, step: ENTERPRISES_STEP });
  return (
    <span class="checklist-document">
      {kind === 'enterpriseForms' ? (
        <a href={href}>一企一表：已收集 {count} 家企业的表，去导入或查看</a>
      ) : (
        <a href={href}>一企一表：统计汇总（{count} 家企业）</a>
      )}
      {store && (kind === 'enterpriseForms' || count > 0) && <DownloadButtons kind={kind === 'enterpriseForms' ? 'template' : 'summary'} source={() => documentSource(store)} />}
    </span>
  );
}
