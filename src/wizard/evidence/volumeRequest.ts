// volumeRequest: what the 「生成佐证材料汇编」 button hands the volume worker — the draft's checklist as the page shows
// it, its marks, and every attached file's blob from the files' database, in order.
import { buildVolumeRequest } from '../../evidence/volumeRequest';
import type { VolumeRequest } from '../../evidence/volume/types';
import type { AnyDraft } from '../../forms/registry';
import { clusterNameOf } from '../../storage';
import type { AttachmentStore } from '../../storage';
import { attachmentStore } from '../persistence';
import type { Editor } from '../store';
import { draftEvidence } from './draftEvidence';

export interface VolumeOptions {
  /** The 申报表 PDF to bind in front (the 「装订成册」 copy). */
  readonly formPdf?: Uint8Array;
  /** The cover's date; today by default. */
  readonly date?: Date;
  /** The files' store; the page's by default (tests pass their own). */
  readonly files?: AttachmentStore;
}

export async function volumeRequest(editor: Editor, options: VolumeOptions = {}): Promise<VolumeRequest> {
  const store = options.files ?? (await attachmentStore()).store;
  const files = store ? await store.list(editor.draft.id) : [];
  const { notice } = editor.ctx;
  return buildVolumeRequest({
    sections: draftEvidence(editor),
    marks: editor.evidence.peek(),
    files,
    clusterName: clusterNameOf(editor.snapshot() as unknown as AnyDraft),
    noticeTitle: `${notice.title}（${notice.documentNumber}）`,
    date: options.date ?? new Date(),
    ...(options.formPdf ? { formPdf: options.formPdf } : {}),
  });
}
