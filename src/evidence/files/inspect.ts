// What the inspect worker does for one file: its SHA-256 (to find the same file attached twice) and, for a PDF,
// its pages or why it cannot be used. Pure of the worker, so tests call it directly.
import { inspectPdf, type PdfInspection } from './inspectPdf';

export interface InspectRequest {
  readonly id: number;
  readonly blob: Blob;
  readonly pdf: boolean;
}

export type Inspection = { readonly sha256: string; readonly pdf?: PdfInspection };

export type InspectResponse = ({ readonly id: number; readonly type: 'done' } & Inspection) | { readonly id: number; readonly type: 'error'; readonly message: string };

/** Lower-case hex SHA-256 of the bytes. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function inspectFile(blob: Blob, pdf: boolean): Promise<Inspection> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const sha256 = await sha256Hex(bytes);
  return pdf ? { sha256, pdf: await inspectPdf(bytes) } : { sha256 };
}
