// The draft package: a draft's files written into the .zip with the draft file, read back and restored into a fresh
// profile byte for byte (same SHA-256), under the imported draft's id; a changed file is named and left out.
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, expect, test } from 'vitest';
import { attachFiles } from '../../../src/evidence/files/attach';
import { inspectFile, sha256Hex } from '../../../src/evidence/files/inspect';
import { readDraftPackage, writeDraftPackage } from '../../../src/evidence/files/package';
import { restorePackageFiles } from '../../../src/evidence/files/restorePackage';
import { openAttachmentStore } from '../../../src/storage/attachments';
import { freshProfile } from '../storage/profile';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/evidence/${name}`, import.meta.url)));
const draftFile = { fileName: '仙桃非织造布-草稿-2024-05-20.json', text: '{"format":"jiqun-shenbao-drafts","drafts":[]}' };

beforeEach(() => freshProfile());

async function packed() {
  const store = await openAttachmentStore();
  const deps = { store, inspect: inspectFile, ask: async () => true };
  await attachFiles([new File([fixture('certificate.pdf')], '营业执照:副本.pdf'), new File([fixture('photo.jpg')], '照片.jpg')], { draftId: 'd1', itemKey: 'list:1' }, deps);
  await attachFiles([new File([fixture('scan.png')], '扫描.png')], { draftId: 'd1', itemKey: 'list:2' }, deps);
  const files = await store.list('d1');
  return { files, zip: await writeDraftPackage(draftFile, files) };
}

test('the package holds the draft file as exported and every file under attachments/, Windows-safe names', async () => {
  const { zip } = await packed();
  expect(Object.keys(unzipSync(zip)).sort()).toEqual(['attachments/001-营业执照_副本.pdf', 'attachments/002-照片.jpg', 'attachments/003-扫描.png', 'attachments/manifest.json', draftFile.fileName]);
  const read = await readDraftPackage(zip);
  expect(read.ok && read.draftText).toBe(draftFile.text);
});

test('imported into a fresh profile under the new id, every file is identical (SHA-256), item and name kept', async () => {
  const { files, zip } = await packed();
  freshProfile();
  const fresh = await openAttachmentStore();
  const read = await readDraftPackage(zip);
  if (!read.ok) throw new Error(read.error);
  expect(await restorePackageFiles(fresh, 'copy-1', read.files)).toEqual({ restored: 3, problems: [] });
  const back = await fresh.list('copy-1');
  expect(back.map((f) => [f.itemKey, f.name, f.pages])).toEqual(files.map((f) => [f.itemKey, f.name, f.pages]));
  for (const [i, f] of back.entries()) expect(await sha256Hex(new Uint8Array(await f.blob.arrayBuffer()))).toBe(files[i]!.sha256);
  expect(await restorePackageFiles(fresh, 'copy-1', read.files)).toEqual({ restored: 0, problems: [] });
});

test('a file changed inside the package is named and left out; the others are restored', async () => {
  const { zip } = await packed();
  const entries = unzipSync(zip);
  entries['attachments/002-照片.jpg'] = strToU8('not the photo');
  const read = await readDraftPackage(zipSync(entries));
  expect(read.ok && [read.files.map((f) => f.meta.name), read.problems]).toEqual([['营业执照:副本.pdf', '扫描.png'], ['附件「照片.jpg」的内容与导出时不同（文件可能已损坏或被改动），没有恢复。']]);
});

test('a zip without a draft file, or a broken zip, is refused with what it is', async () => {
  expect(await readDraftPackage(zipSync({ 'a/b.txt': strToU8('x') }))).toMatchObject({ ok: false, error: expect.stringContaining('不是本应用导出的') });
  expect(await readDraftPackage(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toMatchObject({ ok: false, error: expect.stringContaining('压缩包已损坏') });
});
