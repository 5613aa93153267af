// The drafts list, read tolerantly: every stored record becomes a line on its own. A summary that cannot be used
// (damaged, missing, written for another key) is rebuilt from its draft through restoreDraft; a draft of a newer
// app is listed read-only with 「请更新应用」; one that cannot be read at all is listed as 「无法读取的草稿」 — one bad
// record never hides the others (the lesson of Excalidraw's restore, see docs/draft-format.md).
import { DRAFT_SCHEMA_VERSION } from '../forms/draft';
import { notices } from '../forms/notices';
import type { DraftBackend, ListedEntry } from './backend';
import { toStoreError } from './errors';
import { isRecord } from './plain';
import { hasLoneSurrogate, restoreDraft } from './restore';
import { readLabels, readSummary } from './stored';
import { draftName, summarize } from './summary';
import type { DraftSummary } from './summary';

export const UNREADABLE_NAME = '无法读取的草稿';
export const UPDATE_APP = '此草稿由更新版本的本应用保存，本页只能查看和导出。请更新应用（刷新页面，或请管理员部署新版本）后再编辑。';
const knownNotices = new Set<string>(notices.map((n) => n.id));

/** Every stored draft's list line, most recently changed first; unreadable ones last. */
export async function listDrafts(backend: DraftBackend): Promise<DraftSummary[]> {
  const rows = await backend.readAll();
  const lines = await Promise.all(rows.map((row) => _line(backend, row)));
  return lines.sort(_byUpdate);
}

function _byUpdate(a: DraftSummary, b: DraftSummary): number {
  if ((a.readable === 'unreadable') !== (b.readable === 'unreadable')) return a.readable === 'unreadable' ? 1 : -1;
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** A summary this version can show as it is: written for this key, of a known notice. */
function _usable(row: ListedEntry): boolean {
  const s = row.summary;
  return isRecord(s) && s.id === row.key && typeof s.noticeId === 'string' && knownNotices.has(s.noticeId) && typeof s.updatedAt === 'string';
}

async function _line(backend: DraftBackend, row: ListedEntry): Promise<DraftSummary> {
  const labels = readLabels(row.labels);
  if (row.failure !== undefined) return _unreadable(row.key, toStoreError(row.failure).message, labels.title);
  if (_usable(row)) return _summaryLine(readSummary(row.summary), labels, row.key);
  // Hint: read the draft itself only for the rare line whose summary cannot be used, so listing stays fast.
  try {
    const raw = await backend.read(row.key);
    return _fromDraft(row.key, raw?.draft, readSummary(row.summary).revision, labels);
  } catch (error) {
    return _unreadable(row.key, toStoreError(error).message, labels.title);
  }
}

function _summaryLine(summary: ReturnType<typeof readSummary>, labels: ReturnType<typeof readLabels>, key: string): DraftSummary {
  const newer = summary.schemaVersion > DRAFT_SCHEMA_VERSION;
  return {
    ...summary,
    ...labels,
    name: draftName(labels, summary.clusterName),
    readable: newer ? 'newer' : 'ok',
    ...(newer ? { problem: UPDATE_APP } : {}),
    ...(hasLoneSurrogate(key) ? { badId: true } : {}),
  };
}

/** A line rebuilt from the draft document, or 「无法读取的草稿」 with restore's reason. */
function _fromDraft(key: string, draft: unknown, revision: number, labels: ReturnType<typeof readLabels>): DraftSummary {
  const restored = restoreDraft(draft);
  if (restored.ok) {
    const summary = { ...summarize(restored.draft, revision), id: key, schemaVersion: _version(draft) };
    return _summaryLine(summary, { ...labels, ...(labels.title === undefined && restored.draft.title ? { title: restored.draft.title } : {}) }, key);
  }
  const newer = _version(draft) > DRAFT_SCHEMA_VERSION || (isRecord(draft) && typeof draft.noticeId === 'string' && !knownNotices.has(draft.noticeId));
  if (newer) return { ..._unreadable(key, `${UPDATE_APP}（${restored.error}）`, labels.title), readable: 'newer' };
  return _unreadable(key, draft === undefined ? '数据库中只有这份草稿的摘要，草稿内容已不存在。' : restored.error, labels.title);
}

function _version(draft: unknown): number {
  return isRecord(draft) && typeof draft.version === 'number' ? draft.version : 0;
}

function _unreadable(key: string, problem: string, title?: string): DraftSummary {
  return {
    ...readSummary({ id: key }),
    ...(title ? { title } : {}),
    name: title ? `${UNREADABLE_NAME}：${title}` : `${UNREADABLE_NAME}（编号 ${key.slice(0, 12)}）`,
    readable: 'unreadable',
    problem,
    ...(hasLoneSurrogate(key) ? { badId: true } : {}),
  };
}
