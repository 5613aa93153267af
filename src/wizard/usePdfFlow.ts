// The steps of writing a PDF from the page, as state: checking characters, the questions, writing with progress,
// the result or the failure. PdfActions renders them and moves focus; this holds what happens between.
import type { FormValues } from '../forms/fieldValues';
import { useState } from 'preact/hooks';
import type { GeneratedPdf, MissingCharacter } from '../pdf/client';
import { downloadBlob } from './persistence';

export type Want = 'preview' | 'download';
export type Phase =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'gate'; want: Want; errors: number; unanswered: number }
  | { step: 'missing'; want: Want; draft: boolean; missing: MissingCharacter[] }
  | { step: 'writing'; fraction: number; stage: string }
  | { step: 'done'; pdf: GeneratedPdf; draft: boolean; url?: string }
  | { step: 'failed'; message: string };

interface Source {
  noticeId: string;
  /** The draft's values, read when writing starts; null for the blank form. */
  values: () => FormValues | null;
  title?: string;
}

const client = () => import('../pdf/ahead');
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function usePdfFlow({ noticeId, values, title }: Source) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  /** Writes the PDF (a draft if asked), then downloads it or keeps a URL to preview. */
  const write = async (want: Want, draft: boolean) => {
    setPhase({ step: 'writing', fraction: 0, stage: '正在准备字体和排版程序…' });
    try {
      const { writePdf } = await client();
      const pdf = await writePdf({ noticeId, values: values(), title, draft }, (fraction, stage) => setPhase({ step: 'writing', fraction, stage }));
      const blob = new Blob([pdf.bytes as BlobPart], { type: 'application/pdf' });
      if (want === 'download') downloadBlob(blob, pdf.fileName);
      setPhase({ step: 'done', pdf, draft, url: want === 'preview' ? URL.createObjectURL(blob) : undefined });
    } catch (e) {
      setPhase({ step: 'failed', message: message(e) });
    }
  };
  /** Lists the characters the font lacks first (a question), else writes. */
  const check = async (want: Want, draft: boolean) => {
    setPhase({ step: 'checking' });
    try {
      const { missingCharacters } = await client();
      const missing = await missingCharacters({ noticeId, values: values(), title, draft });
      if (missing.length) return setPhase({ step: 'missing', want, draft, missing });
      await write(want, draft);
    } catch (e) {
      setPhase({ step: 'failed', message: message(e) });
    }
  };
  return { phase, setPhase, check, write };
}
