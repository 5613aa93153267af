// News of changes between tabs: this tab's listeners and the other tabs hear each change; messages of
// unknown shape (another app version) are ignored.
import { afterEach, expect, test } from 'vitest';
import { createChangeFeed, isDraftChange } from '../../../src/storage/changes';
import type { ChangeFeed, DraftChange } from '../../../src/storage/changes';
import { eventually } from '../../support/eventually';

const feeds: ChangeFeed[] = [];
const feed = (...args: Parameters<typeof createChangeFeed>) => {
  const created = createChangeFeed(...args);
  feeds.push(created);
  return created;
};
afterEach(() => feeds.splice(0).forEach((f) => f.close()));

test('a change reaches this tab and another tab', async () => {
  const [tabA, tabB] = [feed(), feed()];
  const heardA: DraftChange[] = [];
  const heardB: DraftChange[] = [];
  tabA.subscribe((c) => heardA.push(c));
  tabB.subscribe((c) => heardB.push(c));
  tabA.publish({ type: 'saved', id: 'd1', revision: 2 });
  await eventually(() => expect(heardB).toEqual([{ type: 'saved', id: 'd1', revision: 2 }]));
  expect(heardA).toEqual(heardB);
});

test('unsubscribing stops the news', () => {
  const local = feed(undefined);
  const heard: DraftChange[] = [];
  const stop = local.subscribe((c) => heard.push(c));
  stop();
  local.publish({ type: 'deleted', id: 'd1' });
  expect(heard).toEqual([]);
});

test.each([
  [{ type: 'saved', id: 'd', revision: 1 }, true],
  [{ type: 'labels', id: 'd' }, true],
  [{ type: 'saved', id: 'd' }, false],
  [{ type: 'renamed', id: 'd' }, false],
  [{ type: 'deleted', id: 7 }, false],
  ['saved', false],
  [null, false],
])('%j is a known change: %s', (message, known) => {
  expect(isDraftChange(message)).toBe(known);
});
