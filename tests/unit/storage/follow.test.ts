// Another page saved the draft this page edits: shown in place when the official is not typing here; kept whole
// as a copy when they are, this page's version saved over it — neither version loses a keystroke.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { AnyDraft } from '../../../src/forms/registry';
import { createAutosave } from '../../../src/storage/autosave';
import type { DraftChange } from '../../../src/storage/changes';
import type { DraftStore } from '../../../src/storage/db';
import { followStored } from '../../../src/storage/follow';
import { freshProfile, openTestStore } from './profile';
import { fixture, withValues } from './support';

let store: DraftStore;
const draft = fixture('gd-2023');
const fromFile = withValues(draft, { chainNarrative: '文件中的版本' });

/** An editor holding `current`, recording what it was asked to show. */
function editorOf(current: AnyDraft) {
  const shown: AnyDraft[] = [];
  return { shown, snapshot: () => current, show: (d: AnyDraft) => void shown.push(d) };
}

beforeEach(async () => {
  freshProfile();
  store = await openTestStore();
  await store.saveDraft(draft, { expectedRevision: 0 });
});
afterEach(() => {
  vi.useRealTimers();
  store.close();
});

describe('followStored', () => {
  test('not typing here: the stored version is shown in place, and later saves build on it', async () => {
    const autosave = createAutosave({ store, revision: 1, saved: draft });
    await store.importDraft(fromFile, { mode: 'replace', expectedRevision: 1 });
    const editor = editorOf(draft);
    expect(await followStored(store, draft.id, editor, autosave)).toEqual({ kind: 'shown' });
    expect(editor.shown.map((d) => d.values.chainNarrative)).toEqual(['文件中的版本']);
    autosave.change(withValues(fromFile, { area: '50.00' }));
    expect((await autosave.flush()).state).toBe('saved');
  });

  test('typing here: the other version is kept whole as a copy, and this page’s version is saved over the draft', async () => {
    const news: DraftChange[] = [];
    store.feed.subscribe((c) => news.push(c));
    const autosave = createAutosave({ store, revision: 1, saved: draft });
    const typed = withValues(draft, { chainNarrative: `${draft.values.chainNarrative}正在输入` });
    autosave.hold(); // Hint: what the session does at once; the change below stays unsaved, as typing does.
    autosave.change(typed);
    await store.importDraft(fromFile, { mode: 'replace', expectedRevision: 1 });
    const outcome = await followStored(store, draft.id, editorOf(typed), autosave);
    expect(outcome).toEqual({ kind: 'kept-apart', name: expect.stringMatching(/（导入或恢复的版本）$/) });
    await autosave.flush();
    const lines = await store.listDrafts();
    const copy = lines.find((l) => l.id !== draft.id)!;
    expect((await store.loadDraft(copy.id)).ok && (await store.loadDraft(copy.id))).toMatchObject({ draft: { values: { chainNarrative: '文件中的版本' } } });
    expect(await store.loadDraft(draft.id)).toMatchObject({ ok: true, draft: { values: { chainNarrative: `${draft.values.chainNarrative}正在输入` } } });
    expect(news).toContainEqual({ type: 'kept-apart', id: draft.id, name: outcome.kind === 'kept-apart' ? outcome.name : '' });
  });

  test('a viewer (no autosave) is simply shown the new version', async () => {
    await store.importDraft(fromFile, { mode: 'replace', expectedRevision: 1 });
    const editor = editorOf(draft);
    expect(await followStored(store, draft.id, editor)).toEqual({ kind: 'shown' });
    expect(editor.shown).toHaveLength(1);
  });
});
