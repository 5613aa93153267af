// The typing journal: replayed over the stored draft only when that holds nothing newer from elsewhere (the
// revision its edits build on, or a save of the same page session); otherwise handed back as a recovered copy;
// never when it changes nothing, or is damaged (those entries are dropped; the others stay until saved). Kept in
// an IndexedDB database of its own, which a browser killed right after the keystroke still has.
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { draftChanges, sweepJournals, takeJournal, writeJournal } from '../../../src/storage/journal';
import type { JournalMeta, StoredState } from '../../../src/storage/journal';
import { memoryJournalStore, openJournalStore } from '../../../src/storage/journal-store';
import type { JournalStore } from '../../../src/storage/journal-store';
import { hb2024Draft } from '../../fixtures/drafts';
import type { AnyDraft } from '../../../src/forms/registry';

const stored = hb2024Draft as unknown as AnyDraft;
const typed = { ...stored, values: { ...stored.values, area: '37.00' } } as unknown as AnyDraft;
const at = (revision: number, writer = '', draft: AnyDraft = stored): StoredState => ({ revision, writer, draft });
const meta = (baseRevision: number, writer = 'page-a', baseUpdatedAt = stored.updatedAt): JournalMeta => ({ baseRevision, baseUpdatedAt, writer });
const areaOf = (d: AnyDraft) => (d.values as Record<string, unknown>)['area'];
/** Journal what `d` changes against the stored fixture. */
const journal = (d: AnyDraft, m: JournalMeta, s: JournalStore) => writeJournal(s, d.id, draftChanges(d, stored)!, m);

describe('takeJournal', () => {
  test.each([
    ['the revision its edits build on is still the stored one (the last save never committed)', meta(7), at(7), 'replay'],
    ['this page session saved the stored revision itself (an earlier save committed, the last did not)', meta(7), at(8, 'page-a'), 'replay'],
    ['another page saved since (an import replaced the draft, another tab took over)', meta(7), at(8, ''), 'recovered'],
    ['another page session saved since', meta(7), at(8, 'page-b'), 'recovered'],
    ['the draft was deleted and imported again: same revision number, another time', meta(1, 'page-a', '2024-05-01T08:00:00.000Z'), at(1), 'recovered'],
  ] as const)('%s → %s', async (_, journalMeta, state, kind) => {
    const s = memoryJournalStore();
    journal(typed, journalMeta, s);
    const outcome = await takeJournal(s, typed.id, state);
    expect(outcome.kind).toBe(kind);
    if (outcome.kind !== 'none') expect(areaOf(outcome.draft)).toBe('37.00');
    // Hint: kept until the caller has saved what it holds, so a failed save loses nothing.
    expect(s.map.size).toBe(1);
  });

  test('a journal differing outside the values (a criterion declared on 认定标准自查) is replayed too', async () => {
    const s = memoryJournalStore();
    const declared = { ...stored, selfDeclared: { 'national-2022.rank': true } } as unknown as AnyDraft;
    journal(declared, meta(7), s);
    const outcome = await takeJournal(s, declared.id, at(7));
    expect(outcome.kind).toBe('replay');
    expect(outcome.kind !== 'none' && (outcome.draft as { selfDeclared?: unknown }).selfDeclared).toEqual({ 'national-2022.rank': true });
  });

  test('recovered changes are put onto what is stored now: the other page’s fields stay, the journalled ones are added', async () => {
    const s = memoryJournalStore();
    journal(typed, meta(7), s);
    const other = { ...stored, values: { ...stored.values, clusterName: '另一个标签页改的名称' } } as unknown as AnyDraft;
    const outcome = await takeJournal(s, typed.id, at(8, 'page-b', other));
    expect(outcome.kind).toBe('recovered');
    expect(outcome.kind !== 'none' && [areaOf(outcome.draft), (outcome.draft.values as Record<string, unknown>)['clusterName']]).toEqual(['37.00', '另一个标签页改的名称']);
  });

  test('an emptied field is journalled as emptied, and replayed so', async () => {
    const s = memoryJournalStore();
    const emptied = { ...stored, values: { ...stored.values, area: undefined } } as unknown as AnyDraft;
    journal(emptied, meta(7), s);
    const outcome = await takeJournal(s, stored.id, at(7));
    expect(outcome.kind === 'replay' && 'area' in outcome.draft.values).toBe(false);
  });

  test('a journal holding exactly what is stored is dropped, whoever saved since', async () => {
    const s = memoryJournalStore();
    journal(typed, meta(7), s);
    expect(await takeJournal(s, typed.id, at(9, 'page-b', typed))).toEqual({ kind: 'none' });
    expect(s.map.size).toBe(0);
  });

  test('an own entry written before the stored save began is dropped: that save has all it holds (a late copy of an old entry)', async () => {
    const s = memoryJournalStore();
    writeJournal(s, typed.id, draftChanges(typed, stored)!, meta(7), new Date('2024-05-20T09:00:00.000Z'));
    const savedLater = { ...stored, updatedAt: '2024-05-20T09:00:05.000Z' } as AnyDraft;
    expect(await takeJournal(s, typed.id, at(8, 'page-a', savedLater))).toEqual({ kind: 'none' });
  });

  test('an entry holding the whole draft (no revision: an earlier format) is never replayed over the stored draft', async () => {
    const s = memoryJournalStore();
    s.put(typed.id, { at: '2030-01-01T00:00:00.000Z', draft: typed });
    expect((await takeJournal(s, typed.id, at(3))).kind).toBe('recovered');
  });

  test.each([
    ['not an object', '{"at": "2030'],
    ['another draft', { baseRevision: 7, draft: { ...typed, id: 'other' } }],
    ['not a draft', { baseRevision: 7, draft: { hello: 1 } }],
    ['changes of the wrong shape', { baseRevision: 7, changes: { values: 'x' } }],
  ])('ignores and drops a damaged entry: %s', async (_, raw) => {
    const s = memoryJournalStore();
    s.put(typed.id, raw);
    expect(await takeJournal(s, typed.id, at(7))).toEqual({ kind: 'none' });
    expect(s.map.size).toBe(0);
  });
});

describe('the journal in IndexedDB', () => {
  test('a burst of keystrokes ends as the latest text; a removal after it wins', async () => {
    const s = (await openJournalStore('journal-test-burst'))!;
    for (const area of ['3', '37', '37.0', '37.00']) writeJournal(s, typed.id, { values: { area } }, meta(7));
    expect(await s.get(typed.id)).toMatchObject({ baseRevision: 7, changes: { values: { area: '37.00' } } });
    writeJournal(s, typed.id, { values: { area: '38' } }, meta(7));
    s.remove(typed.id);
    expect(await s.get(typed.id)).toBeUndefined();
  });

  test('a write IndexedDB refuses (a full quota) goes to the fallback; the next that succeeds clears it there', async () => {
    const fallback = memoryJournalStore();
    const s = (await openJournalStore('journal-test-fallback', fallback))!;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    writeJournal(s, typed.id, { values: { area: '39' } }, meta(7));
    await s.settled();
    IDBObjectStore.prototype.put = put;
    expect([...fallback.map.keys()]).toEqual([typed.id]);
    expect(await s.get(typed.id)).toMatchObject({ changes: { values: { area: '39' } } });
    writeJournal(s, typed.id, { values: { area: '40' } }, meta(7));
    await s.settled();
    expect([fallback.map.size, await s.get(typed.id)]).toEqual([0, expect.objectContaining({ changes: { values: { area: '40' } } })]);
  });

  test('what one page wrote, the next page of the profile reads', async () => {
    const first = (await openJournalStore('journal-test-pages'))!;
    journal(typed, meta(7), first);
    await first.settled();
    const next = (await openJournalStore('journal-test-pages'))!;
    expect((await takeJournal(next, typed.id, at(7))).kind).toBe('replay');
  });

  test('journals of drafts gone and open in no tab are swept; one open in a tab (waiting for 撤销) stays', async () => {
    const s = memoryJournalStore();
    for (const id of ['kept', 'deleted-open', 'deleted-closed']) writeJournal(s, id, { values: { area: '1' } }, meta(1));
    expect(await sweepJournals(s, new Set(['kept']), new Set(['deleted-open']))).toBe(1);
    expect([...s.map.keys()].sort()).toEqual(['deleted-open', 'kept']);
    expect(await sweepJournals(s, new Set(), undefined)).toBe(0); // no way to see open tabs: nothing is swept
  });
});
