// The draft package (.zip): the draft file exactly as 「导出草稿」 writes it, and its 佐证材料 files under
// attachments/ with a manifest (item, name, type, pages, SHA-256), so files travel with the draft. Reading checks
// every file against its SHA-256; a file missing or changed is named and left out, the rest are restored.
// Hint: fflate is loaded only when a package is written or read (the start page stays small); names are UTF-8
// with the language-encoding flag, as in the 光盘 zip (src/submission/cd/zip.ts).
import * as v from 'valibot';
import type { AttachmentMeta } from '../../storage';
import { sha256Hex } from './inspect';

export const PACKAGE_FORMAT = 'jiqun-shenbao-attachments';
const MANIFEST = 'attachments/manifest.json';

/** One file in the manifest: where it is in the zip and what it was in the store. */
const listedSchema = v.object({
  path: v.string(),
  itemKey: v.string(),
  name: v.string(),
  storedName: v.string(),
  type: v.picklist(['pdf', 'jpeg', 'png']),
  size: v.number(),
  pages: v.number(),
  sha256: v.string(),
  addedAt: v.string(),
});
type Listed = v.InferOutput<typeof listedSchema>;

export interface PackageFile {
  readonly meta: Omit<AttachmentMeta, 'id' | 'draftId'>;
  readonly bytes: Uint8Array;
}

/** The zip of one draft file and its files (each with its bytes). */
export async function writeDraftPackage(draftFile: { fileName: string; text: string }, files: readonly (AttachmentMeta & { blob: Blob })[], date = new Date()): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  const entries: Record<string, [Uint8Array, { level: 0 | 6; mtime: Date }]> = { [draftFile.fileName]: [strToU8(draftFile.text), { level: 6, mtime: date }] };
  const listed: Listed[] = [];
  for (const [i, f] of files.entries()) {
    const { id: _id, draftId: _d, blob: _b, ...meta } = f;
    const path = `attachments/${String(i + 1).padStart(3, '0')}-${f.storedName}`;
    entries[path] = [new Uint8Array(await f.blob.arrayBuffer()), { level: 0, mtime: date }];
    listed.push({ ...meta, path });
  }
  entries[MANIFEST] = [strToU8(JSON.stringify({ format: PACKAGE_FORMAT, formatVersion: 1, files: listed }, null, 2)), { level: 6, mtime: date }];
  return zipSync(entries);
}

export type PackageRead =
  | { readonly ok: true; readonly draftText: string; readonly files: readonly PackageFile[]; readonly problems: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** Whether the bytes are a zip (a package) rather than a .json draft file. */
export const isZip = (head: Uint8Array): boolean => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

async function _files(manifest: unknown, zip: Record<string, Uint8Array>): Promise<{ files: PackageFile[]; problems: string[] }> {
  const listed = (manifest as { files?: unknown }).files;
  const files: PackageFile[] = [];
  const problems: string[] = [];
  for (const entry of Array.isArray(listed) ? (listed as unknown[]) : []) {
    const parsed = v.safeParse(listedSchema, entry);
    if (!parsed.success) {
      problems.push(`附件清单中有一项无法识别，没有恢复：${JSON.stringify(entry).slice(0, 80)}`);
      continue;
    }
    const item = parsed.output;
    const bytes = Object.prototype.hasOwnProperty.call(zip, item.path) ? zip[item.path] : undefined;
    const name = item.name;
    if (!bytes) problems.push(`附件「${name}」不在压缩包中，没有恢复。`);
    else if ((await sha256Hex(bytes)) !== item.sha256) problems.push(`附件「${name}」的内容与导出时不同（文件可能已损坏或被改动），没有恢复。`);
    else {
      const { path: _p, ...meta } = item;
      files.push({ meta, bytes });
    }
  }
  return { files, problems };
}

/** Read a package: its draft file's text and every file that matches its SHA-256. */
export async function readDraftPackage(bytes: Uint8Array): Promise<PackageRead> {
  const { unzipSync, strFromU8 } = await import('fflate');
  let zip: Record<string, Uint8Array>;
  try {
    zip = unzipSync(bytes);
  } catch {
    return { ok: false, error: '压缩包已损坏或不完整，无法打开。请重新导出或重新复制后再导入。' };
  }
  const drafts = Object.keys(zip).filter((p) => !p.includes('/') && p.toLowerCase().endsWith('.json'));
  if (drafts.length !== 1) return { ok: false, error: '这个压缩包不是本应用导出的“草稿和附件”（里面应有一个草稿 .json 文件和 attachments 文件夹）。' };
  let manifest: unknown = { files: [] };
  try {
    if (zip[MANIFEST]) manifest = JSON.parse(strFromU8(zip[MANIFEST]));
  } catch {
    return { ok: false, error: '压缩包中的附件清单（attachments/manifest.json）已损坏，无法导入附件。' };
  }
  const { files, problems } = await _files(manifest, zip);
  return { ok: true, draftText: strFromU8(zip[drafts[0]!]!), files, problems };
}
