// The page's one connection to the draft store: IndexedDB, or memory when the browser refuses it (said so).
import { DraftStoreError, openAttachmentStore, openDraftStoreOrMemory } from '../storage';
import type { AttachmentStore, DraftStore } from '../storage';

let opening: Promise<{ store: DraftStore; problem?: DraftStoreError }> | undefined;

/** Open the store once per page; never rejects. */
export function draftStore(): Promise<{ store: DraftStore; problem?: DraftStoreError }> {
  opening ??= openDraftStoreOrMemory();
  return opening;
}

let attachments: Promise<{ store?: AttachmentStore; problem?: DraftStoreError }> | undefined;

/** The 佐证材料 files' store, opened once per page; never rejects (where it cannot open, `problem` says why). */
export function attachmentStore(): Promise<{ store?: AttachmentStore; problem?: DraftStoreError }> {
  attachments ??= openAttachmentStore().then(
    (store) => ({ store }),
    (e: unknown) => ({ problem: e instanceof DraftStoreError ? e : new DraftStoreError('unavailable') }),
  );
  return attachments;
}

/** How long a deleted draft's files wait for 「撤销」 before a sweep may delete them. */
export const ATTACHMENT_GRACE_MS = 10 * 60_000;

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
