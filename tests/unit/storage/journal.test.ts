// The pagehide journal: replayed over the stored draft only when that holds nothing newer from elsewhere (the
// revision its edits build on, or a save of the same page session); otherwise handed back as a recovered copy;
// never when it holds what is stored, or is damaged (those entries are dropped; the others stay until saved).
import { describe, expect, test } from 'vitest';
import { removeJournal, takeJournal, writeJournal } from '../../../src/storage/journal';
import type { JournalMeta, StorageLike, StoredState } from '../../../src/storage/journal';
import { hb2024Draft } from '../../fixtures/drafts';
import type { AnyDraft } from '../../../src/forms/registry';

function memory(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const stored = hb2024Draft as unknown as AnyDraft;
const typed = { ...stored, values: { ...stored.values, area: '37.00' } } as unknown as AnyDraft;
const at = (revision: number, writer = '', draft: AnyDraft = stored): StoredState => ({ revision, writer, draft });
const meta = (baseRevision: number, writer = 'page-a', baseUpdatedAt = stored.updatedAt): JournalMeta => ({ baseRevision, baseUpdatedAt, writer });
const areaOf = (d: AnyDraft) => (d.values as Record<string, unknown>)['area'];

describe('takeJournal', () => {
  test.each([
    ['the revision its edits build on is still the stored one (the last save never committed)', meta(7), at(7), 'replay'],
    ['this page session saved the stored revision itself (an earlier save committed, the last did not)', meta(7), at(8, 'page-a'), 'replay'],
    ['another page saved since (an import replaced the draft, another tab took over)', meta(7), at(8, ''), 'recovered'],
    ['another page session saved since', meta(7), at(8, 'page-b'), 'recovered'],
    ['the draft was deleted and imported again: same revision number, another time', meta(1, 'page-a', '2024-05-01T08:00:00.000Z'), at(1), 'recovered'],
  ] as const)('%s → %s', (_, journalMeta, state, kind) => {
    const s = memory();
    writeJournal(typed, journalMeta, new Date(), s);
    const outcome = takeJournal(typed.id, state, s);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind !== 'none') expect(areaOf(outcome.draft)).toBe('37.00');
    // Hint: kept until the caller has saved what it holds (removeJournal), so a failed save loses nothing.
    expect(s.map.size).toBe(1);
  });

  test('a journal differing outside the values (a criterion declared on 认定标准自查) is replayed too', () => {
    const s = memory();
    const declared = { ...stored, selfDeclared: { 'national-2022.rank': true } } as unknown as AnyDraft;
    writeJournal(declared, meta(7), new Date(), s);
    const outcome = takeJournal(declared.id, at(7), s);
    expect(outcome.kind).toBe('replay');
    expect(outcome.kind !== 'none' && (outcome.draft as { selfDeclared?: unknown }).selfDeclared).toEqual({ 'national-2022.rank': true });
  });

  test('a journal holding exactly what is stored is dropped, whoever saved since', () => {
    const s = memory();
    writeJournal(typed, meta(7), new Date(), s);
    expect(takeJournal(typed.id, at(9, 'page-b', typed), s)).toEqual({ kind: 'none' });
    expect(s.map.size).toBe(0);
  });

  test('an entry of the earlier format (time only) is never replayed over the stored draft', () => {
    const s = memory();
    s.setItem(`jiqun-shenbao:journal:${typed.id}`, JSON.stringify({ at: '2030-01-01T00:00:00.000Z', draft: typed }));
    expect(takeJournal(typed.id, at(3), s).kind).toBe('recovered');
  });

  test.each([
    ['not JSON', '{"at": "2030'],
    ['another draft', JSON.stringify({ baseRevision: 7, draft: { ...typed, id: 'other' } })],
    ['not a draft', JSON.stringify({ baseRevision: 7, draft: { hello: 1 } })],
  ])('ignores a damaged entry: %s', (_, raw) => {
    const s = memory();
    s.setItem(`jiqun-shenbao:journal:${typed.id}`, raw);
    expect(takeJournal(typed.id, at(7), s)).toEqual({ kind: 'none' });
  });

  test('removeJournal forgets the entry; a full localStorage does not throw', () => {
    const s = memory();
    writeJournal(typed, meta(7), new Date(), s);
    removeJournal(typed.id, s);
    expect(s.map.size).toBe(0);
    const full: StorageLike = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeJournal(typed, meta(7), new Date(), full)).toBe(false);
  });
});
