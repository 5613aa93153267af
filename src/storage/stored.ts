// Reading summaries and labels back from storage: another version of the app may have written them, so every
// field is checked and defaulted, and reading never throws.
import type { ContentSummary, DraftLabels } from './summary';
import { isRecord } from './plain';

/** A stored content summary, with defaults for anything missing or of the wrong type. */
export function readSummary(stored: unknown): ContentSummary {
  const s = isRecord(stored) ? stored : {};
  const text = (key: string) => (typeof s[key] === 'string' ? s[key] : '');
  const count = (key: string) => (typeof s[key] === 'number' && Number.isFinite(s[key]) ? s[key] : 0);
  return {
    id: text('id'),
    noticeId: text('noticeId'),
    formVersion: text('formVersion'),
    schemaVersion: count('schemaVersion'),
    clusterName: text('clusterName'),
    createdAt: text('createdAt'),
    updatedAt: text('updatedAt'),
    completeness: Math.min(1, Math.max(0, count('completeness'))),
    revision: count('revision'),
    writer: text('writer'),
  };
}

/** Stored labels, keeping only well-formed ones. */
export function readLabels(stored: unknown): DraftLabels {
  const s = isRecord(stored) ? stored : {};
  return {
    ...(typeof s.title === 'string' && s.title.trim() !== '' ? { title: s.title } : {}),
    ...(typeof s.lastExportedAt === 'string' ? { lastExportedAt: s.lastExportedAt } : {}),
  };
}
