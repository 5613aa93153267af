// Messages between the page (client.ts) and the volume worker (worker.ts). Types only.
import type { VolumeProblem } from './problems';
import type { VolumeRequest } from './types';

export type VolumeWorkerRequest =
  | { readonly id: number; readonly type: 'write'; readonly request: VolumeRequest }
  /** Load the font, pdf-lib and the writer, so the first volume does not wait for them. */
  | { readonly id: number; readonly type: 'warm' };

export type VolumeWorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number; readonly stage: string }
  /** The PDF as a Blob made in the worker: the page never copies the bytes (150 MB would block it for a second). */
  | { readonly id: number; readonly type: 'written'; readonly blob: Blob; readonly fileName: string; readonly missing: string[] }
  /** Files that could not be read: nothing was written. */
  | { readonly id: number; readonly type: 'bad-files'; readonly problems: VolumeProblem[] }
  | { readonly id: number; readonly type: 'warm' }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
