// Reading an import file down to its list of raw drafts: size, text encoding (UTF-8, else GB18030/GBK, said so),
// JSON syntax (not JSON, truncated), container shape and draft count each get a clear Chinese message. Each draft
// is then restored on its own.
import { FILE_FORMAT, FILE_FORMAT_VERSION } from './file-schema';
import { formatBytes } from './format';
import { isRecord } from './plain';
import { decodeText } from './text-encoding';
import type { TextEncodingName } from './text-encoding';

export type DraftList =
  | {
      readonly ok: true;
      readonly drafts: readonly unknown[];
      /** Entries the exporting app could not read, as stored (`unreadable` of the file). */
      readonly unreadable: readonly unknown[];
      readonly exportedAt?: string;
      /** The file's text encoding; anything but UTF-8 is said to the user. */
      readonly encoding: TextEncodingName;
    }
  | { readonly ok: false; readonly error: string };

const PICK_AGAIN = '请选择本应用「导出」得到的 .json 草稿文件。';

/** The raw drafts of a file, or why the file cannot be read. */
export async function readDraftList(input: string | Blob, limits: { maxBytes: number; maxDrafts: number }): Promise<DraftList> {
  const size = typeof input === 'string' ? _utf8Bytes(input, limits.maxBytes) : input.size;
  if (size > limits.maxBytes) {
    return { ok: false, error: `文件太大（${formatBytes(size)}），超过 ${formatBytes(limits.maxBytes)} 的上限。草稿文件通常只有几十 KB，${PICK_AGAIN}` };
  }
  let bytes: Uint8Array | undefined;
  try {
    bytes = typeof input === 'string' ? undefined : new Uint8Array(await input.arrayBuffer());
  } catch {
    return { ok: false, error: '无法读取文件。文件可能已被移动、删除或正在被其他程序使用，请重新选择。' };
  }
  const kind = _binaryKind(bytes ?? new TextEncoder().encode((input as string).slice(0, 4096)));
  if (kind) return { ok: false, error: `这是${kind}，不是草稿文件。${PICK_AGAIN}` };
  const decoded = bytes ? decodeText(bytes) : { text: input as string, encoding: 'UTF-8' as const };
  if ('error' in decoded) return { ok: false, error: `${decoded.error}${PICK_AGAIN}` };
  const data = _parseJson(decoded.text.replace(/^\uFEFF/, ''));
  if ('error' in data) return { ok: false, error: data.error };
  const list = _draftsOf(data.value, limits.maxDrafts);
  return list.ok ? { ...list, encoding: decoded.encoding } : list;
}

/** Hint: exact UTF-8 length only when the string could be near the limit; a UTF-16 unit is at most 3 bytes. */
function _utf8Bytes(text: string, maxBytes: number): number {
  return text.length * 3 <= maxBytes ? text.length : new TextEncoder().encode(text).length;
}

function _parseJson(text: string): { value: unknown } | { error: string } {
  if (text.includes('\u0000')) return { error: `这是二进制文件，不是草稿文件。${PICK_AGAIN}` };
  if (text.trim() === '') return { error: `文件是空的。${PICK_AGAIN}` };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: _syntaxMessage(text, (error as Error).message) };
  }
}

/** What a file of these bytes is, when it is plainly no text file. */
function _binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46)) return ' PDF 文件';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'Word、Excel 或压缩文件';
  // Hint: UTF-16 text has zero bytes too; it starts with a byte order mark, which decodeText reads.
  if (!starts(0xff, 0xfe) && !starts(0xfe, 0xff) && bytes.subarray(0, 4096).includes(0)) return '二进制文件';
  return undefined;
}

function _syntaxMessage(text: string, detail: string): string {
  const trimmed = text.trim();
  const position = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
  // Hint: V8 says 「Unexpected end of JSON input」 or reports the last position; Firefox says 「end of data」.
  const atEnd = /end of (JSON )?(input|data)|Unterminated string/i.test(detail) || position >= trimmed.length - 1;
  if (/^[[{]/.test(trimmed) && atEnd) {
    return '文件不完整：内容在中途被截断（可能下载、复制或保存时没有完成）。请重新导出，或找到完整的备份文件。';
  }
  if (/^[[{]/.test(trimmed)) {
    return `文件已损坏：JSON 格式错误${Number.isNaN(position) ? '' : `（第 ${position + 1} 个字符附近）`}，可能被其他程序修改过。${PICK_AGAIN}`;
  }
  return `文件不是 JSON 格式，不是本应用的草稿文件。${PICK_AGAIN}`;
}

function _draftsOf(data: unknown, maxDrafts: number): Extract<DraftList, { ok: false }> | { ok: true; drafts: readonly unknown[]; unreadable: readonly unknown[]; exportedAt?: string } {
  const container = _container(data);
  if ('error' in container) return { ok: false, error: container.error };
  const { drafts, unreadable } = container;
  const count = drafts.length + unreadable.length;
  if (count === 0) return { ok: false, error: '文件中没有草稿。' };
  if (count > maxDrafts) {
    return { ok: false, error: `文件中有 ${count} 份草稿，超过一次最多导入 ${maxDrafts} 份的上限。文件可能不是本应用导出的，请检查。` };
  }
  const exportedAt = isRecord(data) && typeof data.exportedAt === 'string' ? data.exportedAt : undefined;
  return { ok: true, drafts, unreadable, ...(exportedAt ? { exportedAt } : {}) };
}

function _container(data: unknown): { drafts: readonly unknown[]; unreadable: readonly unknown[] } | { error: string } {
  if (!isRecord(data)) return { error: `这个 JSON 文件不是本应用的草稿文件。${PICK_AGAIN}` };
  // Hint: a bare draft (one object with noticeId and values) is accepted too: hand-made or from the draft's own JSON.
  if (data.format === undefined && 'noticeId' in data && 'values' in data) return { drafts: [data], unreadable: [] };
  if (data.format !== FILE_FORMAT) return { error: `这个 JSON 文件不是本应用的草稿文件（缺少 "format": "${FILE_FORMAT}"）。${PICK_AGAIN}` };
  const version = data.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { error: '文件的格式版本无法识别，文件可能已被修改。' };
  if (version > FILE_FORMAT_VERSION) {
    return { error: `此文件由更新版本的应用导出（文件格式版本 ${version}，本应用支持 ${FILE_FORMAT_VERSION}）。请刷新页面或更新应用后再导入。` };
  }
  if (!Array.isArray(data.drafts)) return { error: '文件格式不对：缺少草稿列表（drafts）。文件可能已被修改。' };
  return { drafts: data.drafts, unreadable: Array.isArray(data.unreadable) ? data.unreadable : [] };
}
