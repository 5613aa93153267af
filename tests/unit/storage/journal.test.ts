// The pagehide journal: replayed only when newer than the stored draft, never when stale or damaged.
import { describe, expect, test } from 'vitest';
import { takeJournal, writeJournal } from '../../../src/storage/journal';
import type { StorageLike } from '../../../src/storage/journal';
import { hb2024Draft } from '../../fixtures/drafts';
import type { AnyDraft } from '../../../src/forms/registry';

function memory(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const draft = { ...hb2024Draft, values: { ...hb2024Draft.values, area: '37.00' } } as unknown as AnyDraft;

describe('takeJournal', () => {
  test('replays what was typed after the last save began', () => {
    const s = memory();
    writeJournal(draft, new Date('2024-05-20T09:43:00.000Z'), s);
    const back = takeJournal(draft.id, '2024-05-20T09:42:10.000Z', s);
    expect((back?.values as Record<string, unknown>)['area']).toBe('37.00');
    expect(s.map.size).toBe(0);
  });

  test('ignores a journal older than the stored draft (the save did commit, or the page went on typing)', () => {
    const s = memory();
    writeJournal(draft, new Date('2024-05-20T09:40:00.000Z'), s);
    expect(takeJournal(draft.id, '2024-05-20T09:42:10.000Z', s)).toBeUndefined();
    expect(s.map.size).toBe(0);
  });

  test.each([
    ['not JSON', '{"at": "2030'],
    ['no time', JSON.stringify({ draft })],
    ['another draft', JSON.stringify({ at: '2030-01-01T00:00:00.000Z', draft: { ...draft, id: 'other' } })],
    ['not a draft', JSON.stringify({ at: '2030-01-01T00:00:00.000Z', draft: { hello: 1 } })],
  ])('ignores a damaged entry: %s', (_, raw) => {
    const s = memory();
    s.setItem(`jiqun-shenbao:journal:${draft.id}`, raw);
    expect(takeJournal(draft.id, '2024-05-20T09:42:10.000Z', s)).toBeUndefined();
  });

  test('a full localStorage does not throw', () => {
    const full: StorageLike = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeJournal(draft, new Date(), full)).toBe(false);
  });
});
