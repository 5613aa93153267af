// Mounts VolumeActions on the harness page over a request the spec chooses (window.volumeHarness.use), as the
// 佐证材料清单 page will: the request is gathered when the button is pressed.
import { h, render } from 'preact';
import type { VolumeRequest } from '../../../src/evidence/volume/types';
import { VolumeActions } from '../../../src/wizard/evidence/VolumeActions';
import { benchRequest, sizeOf, smallRequest } from './attachments';

export type HarnessKind = 'bench' | 'small' | 'bad';

export function mountHarness(): void {
  let request: VolumeRequest | undefined;
  const use = async (kind: HarnessKind) => {
    request = kind === 'bench' ? await benchRequest() : await smallRequest(kind === 'bad');
    return sizeOf(request);
  };
  (window as unknown as { volumeHarness: unknown }).volumeHarness = { use };
  const props = { request: async () => request!, noticeId: 'hb-2024', values: () => ({}) };
  render(h(VolumeActions, props), document.getElementById('volume')!);
  document.getElementById('status')!.textContent = 'ready';
}
