// Putting a package's files back under the draft they came with (its id after import: the same, or a copy's):
// a file already there (same item, same SHA-256) is not doubled; a full disk names the file and keeps the others.
import { DraftStoreError, newDraftId } from '../../storage';
import type { AttachmentStore } from '../../storage';
import type { PackageFile } from './package';

const MIME = { pdf: 'application/pdf', jpeg: 'image/jpeg', png: 'image/png' } as const;

/** Restore `files` under `draftId`; returns how many were restored and a Chinese message per file that was not. */
export async function restorePackageFiles(store: AttachmentStore, draftId: string, files: readonly PackageFile[]): Promise<{ restored: number; problems: string[] }> {
  const there = new Set((await store.list(draftId)).map((f) => `${f.itemKey}\n${f.sha256}`));
  const problems: string[] = [];
  let restored = 0;
  for (const [i, { meta, bytes }] of files.entries()) {
    if (there.has(`${meta.itemKey}\n${meta.sha256}`)) continue;
    const id = `${meta.addedAt}-${String(i).padStart(5, '0')}-${newDraftId()}`;
    try {
      await store.add({ ...meta, id, draftId, blob: new Blob([bytes as BlobPart], { type: MIME[meta.type] }) });
      there.add(`${meta.itemKey}\n${meta.sha256}`);
      restored++;
    } catch (error) {
      const full = error instanceof DraftStoreError && error.kind === 'quota';
      problems.push(full ? `本机存储空间已满，附件「${meta.name}」没有恢复；其他附件都已恢复。请清理空间后再导入一次。` : `附件「${meta.name}」保存时出错，没有恢复。`);
    }
  }
  return { restored, problems };
}
