// Messages between the page (client.ts) and the table-document worker. Types only.
import type { TableDocument } from './types';

export type TablePdfRequest = { readonly id: number; readonly document: TableDocument };

export type TablePdfResponse =
  | { readonly id: number; readonly type: 'written'; readonly bytes: Uint8Array; readonly missing: string[] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
