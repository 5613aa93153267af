// The 佐证材料汇编 request (volume/types.ts) from the checklist as the page shows it: every section and item in the one
// numbering, each item's status from its marks and files, the files' blobs in the order they were added.
import type { EvidenceMarks } from '../forms/evidenceMarks';
import type { EvidenceSection } from './items';
import { itemStatus } from './status';
import type { VolumeFile, VolumeItem, VolumeRequest } from './volume/types';

/** A stored file as the volume needs it (src/storage/attachments.ts StoredAttachment has these and more). */
export interface VolumeSource {
  readonly itemKey: string;
  readonly name: string;
  readonly type: VolumeFile['type'];
  readonly blob: Blob;
  readonly addedAt: string;
}

export interface VolumeInput {
  readonly sections: readonly EvidenceSection[];
  readonly marks: EvidenceMarks;
  readonly files: readonly VolumeSource[];
  readonly clusterName: string;
  readonly noticeTitle: string;
  readonly date: Date;
  readonly formPdf?: Uint8Array;
}

/** 「2024年5月20日」. */
export const chineseDate = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

function _status(files: readonly VolumeSource[], input: VolumeInput, item: VolumeInput['sections'][number]['items'][number]): VolumeItem['status'] {
  const status = itemStatus(item, input.marks[item.key], files.length);
  if (status.kind === 'files') return { kind: 'files', files: files.map(({ name, type, blob }) => ({ name, type, blob })) };
  return status.kind === 'na' ? { kind: 'na', reason: status.reason } : { kind: status.kind };
}

/** The request for the volume worker, in the checklist's order. */
export function buildVolumeRequest(input: VolumeInput): VolumeRequest {
  const byItem = new Map<string, VolumeSource[]>();
  for (const f of [...input.files].sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0))) byItem.set(f.itemKey, [...(byItem.get(f.itemKey) ?? []), f]);
  const sections = input.sections.map((s) => ({
    title: s.heading,
    items: s.items.map((item) => ({ number: item.number, title: item.title, status: _status(byItem.get(item.key) ?? [], input, item) })),
  }));
  return {
    clusterName: input.clusterName,
    noticeTitle: input.noticeTitle,
    date: chineseDate(input.date),
    sections,
    ...(input.formPdf ? { formPdf: input.formPdf } : {}),
  };
}

/** Files kept under an item the list no longer has (its answer was changed): not in the volume; the page lists them. */
export function unlistedFiles<F extends { readonly itemKey: string }>(sections: readonly EvidenceSection[], files: readonly F[]): F[] {
  const keys = new Set(sections.flatMap((s) => s.items.map((i) => i.key)));
  return files.filter((f) => !keys.has(f.itemKey));
}
