// Two tabs on one draft: one edits, the other shows the editor's saves read-only and can take over; nothing
// either tab typed is lost. Node's own Web Locks and BroadcastChannel stand in for the browser's: each claim is a tab.
import { afterEach, describe, expect, test } from 'vitest';
import { createAutosave } from '../../../src/storage/autosave';
import { createChangeFeed } from '../../../src/storage/changes';
import type { ChangeFeed } from '../../../src/storage/changes';
import { claimDraft } from '../../../src/storage/tabs';
import type { ClaimEvent, DraftClaim } from '../../../src/storage/tabs';
import { freshProfile, openTestStore } from './profile';
import { fixture, withValues } from './support';
import { eventually } from '../../support/eventually';

const open: { release(): void }[] = [];
const tab = async (id: string, options: Parameters<typeof claimDraft>[1] = {}) => {
  const claim = await claimDraft(id, options);
  open.push(claim);
  return claim;
};
const eventsOf = (claim: DraftClaim) => {
  const events: ClaimEvent[] = [];
  claim.onChange((e) => events.push(e));
  return events;
};
let n = 0;
const draftId = () => `tabs-test-${++n}`;

afterEach(() => open.splice(0).forEach((c) => c.release()));

describe('who edits', () => {
  test('the first tab edits, a second tab on the same draft views', async () => {
    const id = draftId();
    const first = await tab(id);
    const second = await tab(id);
    expect([first.role, second.role, first.coordinated]).toEqual(['editor', 'viewer', true]);
  });

  test('tabs on different drafts both edit', async () => {
    const [a, b] = [await tab(draftId()), await tab(draftId())];
    expect([a.role, b.role]).toEqual(['editor', 'editor']);
  });

  test('when the editing tab closes, the viewing tab becomes the editor', async () => {
    const id = draftId();
    const first = await tab(id);
    const second = await tab(id);
    const events = eventsOf(second);
    first.release();
    await eventually(() => expect(second.role).toBe('editor'));
    expect(events).toEqual([{ type: 'role', role: 'editor' }]);
  });

  test('without Web Locks the tab edits, uncoordinated, and still hears of other saves', async () => {
    const feed = createChangeFeed(undefined);
    const claim = await tab('no-locks', { locks: null, feed });
    const events = eventsOf(claim);
    feed.publish({ type: 'saved', id: 'no-locks', revision: 4 });
    expect([claim.role, claim.coordinated, events]).toEqual(['editor', false, [{ type: 'updated', revision: 4 }]]);
  });
});

describe('taking over', () => {
  test('the editor finishes saving its pending typing first, then both tabs swap roles', async () => {
    const id = draftId();
    const order: string[] = [];
    const slowSave = () => new Promise<void>((resolve) => setTimeout(() => resolve(void order.push('saved')), 30));
    const editor = await tab(id, { flush: slowSave });
    const viewer = await tab(id);
    const editorEvents = eventsOf(editor);
    viewer.onChange((e) => e.type === 'role' && order.push(`viewer is ${e.role}`));
    await viewer.takeOver();
    expect([editor.role, viewer.role]).toEqual(['viewer', 'editor']);
    expect(order).toEqual(['saved', 'viewer is editor']);
    expect(editorEvents).toEqual([{ type: 'role', role: 'viewer' }]);
  });

  test('an editor that does not answer loses the draft after the timeout', async () => {
    const id = draftId();
    const editor = await tab(id, { flush: () => new Promise(() => {}) }); // a frozen tab
    const viewer = await tab(id, { takeOverTimeoutMs: 50 });
    await viewer.takeOver();
    expect(viewer.role).toBe('editor');
    await eventually(() => expect(editor.role).toBe('viewer'));
  });

  test('after a take-over the first tab can take the draft back', async () => {
    const id = draftId();
    const first = await tab(id);
    const second = await tab(id);
    await second.takeOver();
    await first.takeOver();
    expect([first.role, second.role]).toEqual(['editor', 'viewer']);
  });
});

describe('following the editor', () => {
  test('a viewer hears of each save and of deletion; the editor is not told of its own saves', async () => {
    const id = draftId();
    const feed = createChangeFeed(undefined);
    const editor = await tab(id, { feed });
    const viewer = await tab(id, { feed });
    const [editorEvents, viewerEvents] = [eventsOf(editor), eventsOf(viewer)];
    feed.publish({ type: 'saved', id, revision: 2 });
    feed.publish({ type: 'saved', id: 'another-draft', revision: 9 });
    feed.publish({ type: 'deleted', id });
    expect(viewerEvents).toEqual([{ type: 'updated', revision: 2 }, { type: 'deleted' }]);
    expect(editorEvents).toEqual([{ type: 'deleted' }]);
  });

  test('the editor is told when another page saves its draft (an import replacing it), and when all data is cleared', async () => {
    const id = draftId();
    const [editorPage, otherPage] = [createChangeFeed(), createChangeFeed()]; // one BroadcastChannel per page
    const editor = await tab(id, { feed: editorPage });
    const events = eventsOf(editor);
    otherPage.publish({ type: 'saved', id, revision: 5 });
    await eventually(() => expect(events).toEqual([{ type: 'updated', revision: 5 }]));
    otherPage.publish({ type: 'cleared' });
    await eventually(() => expect(events).toEqual([{ type: 'updated', revision: 5 }, { type: 'deleted', cleared: true }]));
    [editorPage, otherPage].forEach((f) => f.close());
  });
});

describe('two tabs typing into one draft', () => {
  test('no update is lost: the take-over carries the first tab’s last keystrokes, and its late save is refused', async () => {
    freshProfile();
    const draft = fixture('hb-2024');
    const feeds: ChangeFeed[] = [createChangeFeed(), createChangeFeed()]; // one BroadcastChannel per tab
    const [storeA, storeB] = [await openTestStore({ feed: feeds[0] }), await openTestStore({ feed: feeds[1] })];
    await storeA.saveDraft(draft, { expectedRevision: 0 });
    const autosaveA = createAutosave({ store: storeA, revision: 1, delayMs: 1000 });
    const claimA = await tab(draft.id, { feed: feeds[0], flush: () => autosaveA.flush() });
    const claimB = await tab(draft.id, { feed: feeds[1] });
    const seenByB = eventsOf(claimB);

    autosaveA.change(withValues(draft, { area: '41.00' })); // typed in A, not yet saved
    await claimB.takeOver();
    const loaded = await storeB.loadDraft(draft.id);
    expect(loaded.ok && (loaded.draft.values as { area?: string }).area).toBe('41.00');
    expect(seenByB).toContainEqual({ type: 'role', role: 'editor' });
    expect(claimA.role).toBe('viewer');

    const autosaveB = createAutosave({ store: storeB, revision: loaded.ok ? loaded.revision : 0 });
    autosaveB.change(withValues(draft, { area: '42.00' }));
    expect((await autosaveB.flush()).state).toBe('saved');
    autosaveA.change(withValues(draft, { area: '0' })); // A's stale form, should the UI fail to lock it
    expect((await autosaveA.flush()).error?.kind).toBe('conflict');
    const final = await storeA.loadDraft(draft.id);
    expect(final.ok && (final.draft.values as { area?: string }).area).toBe('42.00');
    [storeA, storeB].forEach((s) => s.close());
    feeds.forEach((f) => f.close());
  });
});
