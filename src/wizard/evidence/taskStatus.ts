// The 佐证材料清单 line of the task list: how many items are ready (files, 自我声明 or 不适用) of how many, once
// typing pauses, following the files attached here or in another tab.
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { evidenceItems, statusCounts } from '../../evidence';
import type { Editor } from '../store';
import { draftEvidence } from './draftEvidence';
import { draftFiles, fileCounts } from './files';

/** 「已备 12/54」, or 「无需材料」 while the draft calls for none. */
export function useEvidenceStatus(store: Editor, settled: ReadonlySignal<number>): ReadonlySignal<string> {
  const { files } = draftFiles(store.draft.id);
  const items = useComputed(() => {
    void settled.value;
    void store.declared.value;
    return evidenceItems(draftEvidence(store));
  });
  return useComputed(() => {
    const c = statusCounts(items.value, store.evidence.value, fileCounts(files.value));
    return c.total ? `已备 ${c.total - c.missing}/${c.total}` : '无需材料';
  });
}
