// Where each 佐证材料 item stands: 待准备, 已附 N 个文件, 自我声明, 不适用（reason）; and the counts per section.
// Files win over a mark (the page offers the marks only to an item without files); a notice item that the
// draft's own answer rules out (「（如有）」 answered 否) is 不适用 by that answer until something is attached.
import type { EvidenceMark, EvidenceMarks } from '../forms/evidenceMarks';
import type { EvidenceEntry, EvidenceSection } from './items';

export type ItemStatus =
  | { readonly kind: 'missing' }
  | { readonly kind: 'files'; readonly count: number }
  | { readonly kind: 'self' }
  | { readonly kind: 'na'; readonly reason: string; readonly byAnswer?: true };

function _byAnswer(entry: EvidenceEntry): ItemStatus | undefined {
  if (entry.origin.kind !== 'list' || entry.origin.entry.state !== 'not-needed') return undefined;
  const c = entry.origin.entry.condition;
  return { kind: 'na', reason: c ? `“${c.label}”答“${c.answer}”` : '按目前的填写无需提供', byAnswer: true };
}

export function itemStatus(entry: EvidenceEntry, mark: EvidenceMark | undefined, fileCount: number): ItemStatus {
  if (fileCount > 0) return { kind: 'files', count: fileCount };
  if (mark?.mark === 'self') return { kind: 'self' };
  if (mark?.mark === 'na') return { kind: 'na', reason: mark.reason };
  return _byAnswer(entry) ?? { kind: 'missing' };
}

/** 「待准备」「已附 2 个文件」「自我声明」「不适用（集群内无上市企业）」. */
export function statusText(status: ItemStatus): string {
  if (status.kind === 'files') return `已附 ${status.count} 个文件`;
  if (status.kind === 'self') return '自我声明';
  if (status.kind === 'na') return `不适用（${status.reason}）`;
  return '待准备';
}

export interface StatusCounts {
  readonly total: number;
  readonly missing: number;
  readonly files: number;
  readonly self: number;
  readonly na: number;
}

/** Counts of the items' statuses; `fileCounts` by item key. */
export function statusCounts(items: readonly EvidenceEntry[], marks: EvidenceMarks, fileCounts: ReadonlyMap<string, number>): StatusCounts {
  const counts = { total: items.length, missing: 0, files: 0, self: 0, na: 0 };
  for (const item of items) counts[itemStatus(item, marks[item.key], fileCounts.get(item.key) ?? 0).kind]++;
  return counts;
}

/** 「共 12 项：已附文件 5，自我声明 1，不适用 2，待准备 4」. */
export function countsText(c: StatusCounts): string {
  return `共 ${c.total} 项：已附文件 ${c.files}，自我声明 ${c.self}，不适用 ${c.na}，待准备 ${c.missing}`;
}

/** Every section's items with their statuses, for the volume and the printed list. */
export function sectionStatuses(sections: readonly EvidenceSection[], marks: EvidenceMarks, fileCounts: ReadonlyMap<string, number>) {
  return sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, status: itemStatus(i, marks[i.key], fileCounts.get(i.key) ?? 0) })) }));
}
