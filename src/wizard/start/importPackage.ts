// Reading a draft package (.zip: the draft file and its 佐证材料 files) on the start page, and putting its files back
// under the draft once imported (under the copy's id when 「作为副本导入」). Loaded only when a .zip is chosen.
import type { PackageFile } from '../../evidence/files/package';
import { attachmentStore } from '../persistence';

export type ReadPackage = { ok: true; draftText: string; files: readonly PackageFile[]; problems: readonly string[] } | { ok: false; error: string };

/** The package in `file`, or undefined when it is not a zip (a plain .json draft file). */
export async function readPackageFile(file: Blob): Promise<ReadPackage | undefined> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const { isZip, readDraftPackage } = await import('../../evidence/files/package');
  if (!isZip(head)) return undefined;
  return readDraftPackage(new Uint8Array(await file.arrayBuffer()));
}

/** Put the package's files under `draftId`; a line per outcome (Chinese), problems marked. */
export async function restoreFilesOf(draftId: string, files: readonly PackageFile[]): Promise<{ text: string; error?: boolean }[]> {
  if (!files.length) return [];
  const { store, problem } = await attachmentStore();
  if (!store) return [{ text: `附件没有恢复：${problem?.message ?? '此浏览器不能保存附件'}`, error: true }];
  const { restorePackageFiles } = await import('../../evidence/files/restorePackage');
  const { restored, problems } = await restorePackageFiles(store, draftId, files);
  return [{ text: `已恢复 ${restored} 个附件。` }, ...problems.map((text) => ({ text, error: true }))];
}
