// Storage failures as an official should read them: every IndexedDB failure becomes a DraftStoreError with a
// kind the UI acts on and a Chinese message saying what happened and what to do next. The browser's own words
// (often English) are kept as the cause, never shown as the message.

/**
 * - `quota`: the disk or the browser's storage is full (QuotaExceededError; Chromium's FILE_ERROR_NO_SPACE);
 * - `unavailable`: no IndexedDB here (some private modes, storage disabled, connection closed by the browser);
 * - `blocked`: another tab runs another version of the app and the draft database cannot open or upgrade;
 * - `conflict`: another tab (or a newer app) saved this draft since it was loaded; saving would overwrite that;
 * - `missing`: the draft is gone (deleted in another tab);
 * - `disk`: the browser could not read or write its files (a disk error, files damaged or locked);
 * - `data`: the draft could not be stored as it is (a value the database refuses);
 * - `interrupted`: the save was cut off (the browser aborted it, or the page was closing);
 * - `unknown`: anything else.
 */
export type StoreErrorKind = 'quota' | 'unavailable' | 'blocked' | 'conflict' | 'missing' | 'disk' | 'data' | 'interrupted' | 'unknown';

const EXPORT_NOW = '请立即点击「导出备份」把草稿保存为文件';
const messages: Record<StoreErrorKind, string> = {
  quota: `电脑磁盘或浏览器的存储空间已满，最近的修改没有保存。${EXPORT_NOW}，再删除不需要的草稿或清理磁盘空间后重试。`,
  unavailable:
    '此浏览器不能使用本地存储（可能处于无痕/隐私模式，或存储已被禁用）。填写的内容只保留在本页面中，关闭页面就会丢失，请及时导出文件保存。',
  blocked: '本应用的另一个版本正在其他标签页中运行，草稿库暂时无法打开。请关闭本应用的其他标签页，然后刷新本页。',
  conflict:
    '此草稿已在另一个标签页（或窗口）中被修改。为避免覆盖那里的内容，本次修改没有保存。请先导出备份，再刷新页面查看最新内容。',
  missing: '找不到这份草稿，它可能已在另一个标签页中被删除。',
  disk: `浏览器读写本机数据文件时出错（磁盘故障，或数据文件损坏、被其他程序占用），最近的修改可能没有保存。${EXPORT_NOW}，然后关闭浏览器再打开重试。`,
  data: `这份草稿中有浏览器数据库不能保存的内容，最近的修改没有保存。${EXPORT_NOW}，再刷新页面重试。`,
  interrupted: `保存被浏览器中断，最近的修改可能没有保存，稍后会自动重试。如果反复出现，${EXPORT_NOW}。`,
  unknown: `保存或读取草稿时出错，最近的修改可能没有保存。${EXPORT_NOW}，然后刷新页面重试。`,
};

/** A storage failure with its kind and a Chinese message (reason and what to do). */
export class DraftStoreError extends Error {
  override readonly name = 'DraftStoreError';
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, message: string = messages[kind], options?: { cause?: unknown }) {
    super(message, options);
    this.kind = kind;
  }

  /** Whether to offer 「导出备份」 at once: whenever work may not be stored. */
  get offerExport(): boolean {
    return this.kind !== 'missing';
  }
}

/** The standard error of a kind, with an optional more precise message. */
export function storeError(kind: StoreErrorKind, message?: string, cause?: unknown): DraftStoreError {
  return new DraftStoreError(kind, message ?? messages[kind], { cause });
}

/**
 * DOMException names (IndexedDB spec §2.6 and what engines throw) → kind.
 * Hint: Firefox reports a full profile as NS_ERROR_DOM_QUOTA_REACHED; Firefox private mode (before v115) fails
 * indexedDB.open with InvalidStateError; Safari third-party iframes with SecurityError.
 */
const kindsByName: Record<string, StoreErrorKind> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotAllowedError: 'unavailable',
  UnknownError: 'disk',
  NotReadableError: 'disk',
  DataError: 'data',
  DataCloneError: 'data',
  ConstraintError: 'data',
  AbortError: 'interrupted',
  TransactionInactiveError: 'interrupted',
  TimeoutError: 'interrupted',
};

// Hint: Chromium reports a full disk as `UnknownError` with FILE_ERROR_NO_SPACE (or "No space left"); Safari
// sometimes only says "quota" in the message.
const FULL_DISK = /quota|FILE_ERROR_NO_SPACE|no space left|disk (is )?full|ENOSPC/i;

/** Map anything IndexedDB, idb or a backend throws to a DraftStoreError. */
export function toStoreError(error: unknown): DraftStoreError {
  if (error instanceof DraftStoreError) return error;
  const { name, detail } = _describe(error);
  if (FULL_DISK.test(detail) || FULL_DISK.test(name)) return storeError('quota', undefined, error);
  if (name === 'VersionError') {
    return storeError('blocked', '此浏览器中的草稿由更新版本的本应用保存。请刷新页面以加载新版本。', error);
  }
  return storeError(Object.prototype.hasOwnProperty.call(kindsByName, name) ? kindsByName[name]! : 'unknown', undefined, error);
}

function _describe(error: unknown): { name: string; detail: string } {
  // Hint: read name and message off any object; not every engine makes DOMException an Error.
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === 'string' ? name : '', detail: typeof message === 'string' ? message : String(error) };
  }
  return { name: '', detail: String(error) };
}
