// Messages between the page (client.ts) and the DOCX worker (worker.ts). Types only.
import type { FormValues } from '../forms/fieldValues';
import type { TableDocument } from '../pdf/tables/types';

export type DocxRequest =
  | { readonly id: number; readonly type: 'form'; readonly noticeId: string; readonly values: FormValues | null }
  | { readonly id: number; readonly type: 'table'; readonly document: TableDocument };

export type DocxResponse =
  | { readonly id: number; readonly type: 'written'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
