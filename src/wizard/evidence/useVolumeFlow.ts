// The steps of writing the 佐证材料汇编 from the page, as state: gathering the request, the 申报表 first when it is
// to be bound in front (through the form's own PDF worker), the volume with progress, then the result, the bad
// files (typed problems, each naming its item and file) or a failure. VolumeActions renders them.
import { useRef, useState } from 'preact/hooks';
import type { FormValues } from '../../forms/fieldValues';
import { VolumeError, type VolumeProblem } from '../../evidence/volume/problems';
import type { VolumeRequest } from '../../evidence/volume/types';
import { downloadBlob } from '../persistence';

export type VolumePhase =
  | { step: 'idle' }
  | { step: 'writing'; fraction: number; stage: string }
  | { step: 'done'; fileName: string; size: number; url: string; missing: readonly string[] }
  | { step: 'bad-files'; problems: readonly VolumeProblem[] }
  | { step: 'failed'; message: string };

export interface VolumeSource {
  request: () => Promise<VolumeRequest>;
  noticeId: string;
  values: () => FormValues;
  title?: string;
  /** Whether the 申报表 would now be a draft (open problems): it is then marked 草稿 on every page. */
  draft?: () => boolean;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** Hint: the 申报表 takes a fifth of the bar when it is bound in front; the volume (reading every file) the rest. */
const FORM_SHARE = 0.2;

export function useVolumeFlow(source: VolumeSource) {
  const [phase, setPhase] = useState<VolumePhase>({ step: 'idle' });
  const lastUrl = useRef<string | undefined>(undefined);
  const shown = useRef(0);
  // Hint: the worker reports every file and item (100 messages for 50 files); the bar is redrawn at most every 100 ms.
  const progress = (from: number, share: number) => (fraction: number, stage: string) => {
    const now = performance.now();
    if (now - shown.current < 100 && fraction < 1) return;
    shown.current = now;
    setPhase({ step: 'writing', fraction: from + share * fraction, stage });
  };

  const formPdf = async (): Promise<Uint8Array> => {
    const { generatePdf } = await import('../../pdf/client');
    const { noticeId, values, title, draft } = source;
    const pdf = await generatePdf({ noticeId, values: values(), title, draft: draft?.() ?? false }, (f, stage) => progress(0, FORM_SHARE)(f, `申报表：${stage}`));
    return pdf.bytes;
  };

  const write = async (withForm: boolean) => {
    setPhase({ step: 'writing', fraction: 0, stage: '正在收集附件…' });
    try {
      const [request, client] = await Promise.all([source.request(), import('../../evidence/volume/client')]);
      const front = withForm ? await formPdf() : undefined;
      const from = withForm ? FORM_SHARE : 0;
      const volume = await client.writeEvidenceVolume({ ...request, ...(front ? { formPdf: front } : {}) }, progress(from, 1 - from));
      const blob = volume.blob;
      if (lastUrl.current) URL.revokeObjectURL(lastUrl.current);
      const url = (lastUrl.current = URL.createObjectURL(blob));
      downloadBlob(blob, volume.fileName);
      setPhase({ step: 'done', fileName: volume.fileName, size: blob.size, url, missing: volume.missing });
    } catch (e) {
      setPhase(e instanceof VolumeError ? { step: 'bad-files', problems: e.problems } : { step: 'failed', message: message(e) });
    }
  };
  return { phase, write };
}
