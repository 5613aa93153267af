// The memory fallback (no IndexedDB) keeps drafts for the life of the tab: a page load within the tab finds them.
import { expect, test } from 'vitest';
import { memoryBackend } from '../../../src/storage/backend';

function tab() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

test('a second page of the same tab reads what the first wrote; without tab storage nothing carries over', async () => {
  const storage = tab();
  const first = memoryBackend(storage);
  await first.write({ id: 'd1', draft: { id: 'd1', values: { area: '12.50' } }, summary: { revision: 1 } }, () => undefined);
  const second = memoryBackend(storage);
  expect((await second.read('d1'))?.draft).toEqual({ id: 'd1', values: { area: '12.50' } });
  expect(await memoryBackend().read('d1')).toBeUndefined();
  await second.remove('d1');
  expect(await memoryBackend(storage).read('d1')).toBeUndefined();
});

test('a refused tab storage leaves the page memory working', async () => {
  const refusing = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  const b = memoryBackend(refusing);
  await b.write({ id: 'd2', draft: { id: 'd2' }, summary: {} }, () => undefined);
  expect((await b.read('d2'))?.draft).toEqual({ id: 'd2' });
});
