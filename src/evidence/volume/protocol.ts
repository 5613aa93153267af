// Messages between the page (client.ts) and the volume worker (worker.ts). Types only.
import type { VolumeProblem } from './problems';
import type { VolumeRequest } from './types';

export type VolumeWorkerRequest = { readonly id: number; readonly request: VolumeRequest };

export type VolumeWorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number; readonly stage: string }
  | { readonly id: number; readonly type: 'written'; readonly bytes: Uint8Array; readonly fileName: string; readonly missing: string[] }
  /** Files that could not be read: nothing was written. */
  | { readonly id: number; readonly type: 'bad-files'; readonly problems: VolumeProblem[] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
