// The page's one connection to the draft store: IndexedDB, or memory when the browser refuses it (said so).
import { openDraftStoreOrMemory } from '../storage';
import type { DraftStore, DraftStoreError } from '../storage';

let opening: Promise<{ store: DraftStore; problem?: DraftStoreError }> | undefined;

/** Open the store once per page; never rejects. */
export function draftStore(): Promise<{ store: DraftStore; problem?: DraftStoreError }> {
  opening ??= openDraftStoreOrMemory();
  return opening;
}

/** Let the browser save a file the page wrote (export, PDF). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
