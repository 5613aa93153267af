// Keeping drafts through browser clean-ups: asking for persistent storage and saying what the browser answered,
// showing used and available space, and reminding to export a backup after a day of edits without one.
import { formatBytes, localDateTime } from './format';
import type { DraftSummary } from './summary';

/** The part of navigator.storage used here (tests pass their own). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

export interface PersistAnswer {
  /** `granted`: the browser will not clear the drafts on its own; `denied`: it may, under pressure or on clean-up. */
  readonly state: 'granted' | 'denied' | 'unsupported';
  readonly text: string;
}

const persistTexts: Record<PersistAnswer['state'], string> = {
  granted: '浏览器已同意长期保存本应用的草稿：空间紧张时不会自动删除。清除浏览数据仍会删除草稿，请定期导出备份。',
  denied: '浏览器没有同意长期保存：空间紧张或清理浏览数据时草稿可能被删除。请定期导出备份文件；把本页加入书签或安装为应用后，浏览器更可能同意。',
  unsupported: '此浏览器不支持长期保存的请求，草稿可能在清理浏览数据时被删除。请定期导出备份文件。',
};

function _storage(): StorageManagerLike | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

/**
 * Ask for persistent storage; call at the first deliberate save (autosave's onFirstSave), not on page load.
 * Hint: Chromium answers from site engagement without a prompt; Firefox shows a permission prompt, so ask once.
 */
export async function requestPersistence(storage: StorageManagerLike | undefined = _storage()): Promise<PersistAnswer> {
  const answer = (state: PersistAnswer['state']): PersistAnswer => ({ state, text: persistTexts[state] });
  if (!storage?.persist) return answer('unsupported');
  try {
    if (await storage.persisted?.()) return answer('granted');
    return answer((await storage.persist()) ? 'granted' : 'denied');
  } catch {
    return answer('unsupported');
  }
}

export interface StorageSpace {
  readonly usage: number;
  readonly quota: number;
  /** 「已用 1.2 MB，可用 2.3 GB」. */
  readonly text: string;
  /** Less than 10 % or 50 MB left: time to export and tidy up. */
  readonly low: boolean;
}

/** Used and available space for this site, or undefined where the browser does not say. */
export async function storageSpace(storage: StorageManagerLike | undefined = _storage()): Promise<StorageSpace | undefined> {
  try {
    const { usage, quota } = (await storage?.estimate?.()) ?? {};
    if (typeof usage !== 'number' || typeof quota !== 'number' || quota <= 0) return undefined;
    const available = Math.max(0, quota - usage);
    return { usage, quota, text: `已用 ${formatBytes(usage)}，可用 ${formatBytes(available)}`, low: available < quota * 0.1 || available < 50 * 1024 * 1024 };
  } catch {
    return undefined;
  }
}

export interface BackupReminder {
  /** Show the gentle prompt to export now. */
  readonly due: boolean;
  /** 「上次导出：2024-05-20 17:42」 or 「尚未导出过备份」, for the list and the editor. */
  readonly lastExportText: string;
  /** The prompt, when due. */
  readonly text?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the official to export: the draft changed since its last export (or creation), and that
 * last backup is a day old or more, so at least a day of work would be lost with the browser's data.
 */
export function backupReminder(draft: Pick<DraftSummary, 'createdAt' | 'updatedAt' | 'lastExportedAt'>, now: Date, afterMs = DAY_MS): BackupReminder {
  const lastExportText = draft.lastExportedAt ? `上次导出：${localDateTime(draft.lastExportedAt)}` : '尚未导出过备份';
  const since = Date.parse(draft.lastExportedAt ?? draft.createdAt);
  const edited = Date.parse(draft.updatedAt) > since;
  const due = edited && now.getTime() - since >= afterMs;
  return due
    ? { due, lastExportText, text: '这份草稿有一天以上的修改还没有备份。建议现在「导出」为文件，保存到U盘或发到自己的邮箱，以防浏览器数据被清除。' }
    : { due, lastExportText };
}
