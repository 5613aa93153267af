// Messages between the page (client.ts) and the PDF worker (worker.ts). Types only, so the page's bundle
// carries none of the PDF code.
import type { FormValues } from '../forms/fieldValues';
import type { MissingCharacter } from './missing';

export type { MissingCharacter };

/** Draft values as the wizard holds them; null asks for the blank form. */
export type PdfValues = FormValues | null;

/** The end of one phase of a request in the worker, in ms since the worker was created. */
export interface PdfTiming {
  readonly phase: string;
  readonly atMs: number;
}

export type PdfRequest =
  | {
      readonly id: number;
      readonly type: 'generate';
      readonly noticeId: string;
      readonly values: PdfValues;
      readonly title?: string;
      /** Written with open problems: marked 「草稿（未完成）」. */
      readonly draft?: boolean;
    }
  | { readonly id: number; readonly type: 'missing'; readonly noticeId: string; readonly values: PdfValues };

export type PdfResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number; readonly stage: string }
  | { readonly id: number; readonly type: 'generated'; readonly bytes: Uint8Array; readonly fileName: string; readonly missing: MissingCharacter[]; readonly timings: PdfTiming[] }
  | { readonly id: number; readonly type: 'missing'; readonly missing: MissingCharacter[] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
