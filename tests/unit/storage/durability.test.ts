// Durability as the official sees it: the browser's answer to persistent storage, used and free space, and a
// gentle reminder to export after a day of edits without a backup.
import { describe, expect, test } from 'vitest';
import { backupReminder, requestPersistence, storageSpace } from '../../../src/storage/durability';

describe('persistent storage', () => {
  test.each([
    ['already persisted: not asked again', { persisted: async () => true, persist: async () => false }, 'granted'],
    ['granted when asked', { persisted: async () => false, persist: async () => true }, 'granted'],
    ['refused', { persisted: async () => false, persist: async () => false }, 'denied'],
    ['no API (older Safari)', {}, 'unsupported'],
    ['no navigator.storage at all', undefined, 'unsupported'],
    ['the request fails', { persist: async () => Promise.reject(new Error('x')) }, 'unsupported'],
  ])('%s', async (_, storage, state) => {
    const answer = await requestPersistence(storage);
    expect(answer.state).toBe(state);
    expect(answer.text).toMatch(state === 'granted' ? /已同意长期保存/ : /定期导出备份/);
  });
});

describe('storage space', () => {
  test('used and available, in words', async () => {
    const space = await storageSpace({ estimate: async () => ({ usage: 1.2 * 1024 ** 2, quota: 2.3 * 1024 ** 3 }) });
    expect(space).toEqual({ usage: 1.2 * 1024 ** 2, quota: 2.3 * 1024 ** 3, text: '已用 1.2 MB，可用 2.3 GB', low: false });
  });

  test('almost full is low', async () => {
    const space = await storageSpace({ estimate: async () => ({ usage: 95 * 1024 ** 2, quota: 100 * 1024 ** 2 }) });
    expect([space?.text, space?.low]).toEqual(['已用 95 MB，可用 5.0 MB', true]);
  });

  test('unknown where the browser does not say', async () => {
    expect(await storageSpace({})).toBeUndefined();
    expect(await storageSpace({ estimate: async () => ({}) })).toBeUndefined();
  });
});

describe('backup reminder', () => {
  const created = '2024-05-20T01:00:00.000Z';
  const hours = (n: number) => new Date(Date.parse(created) + n * 3600_000);
  test.each([
    ['fresh draft, edited the same day', { createdAt: created, updatedAt: hours(5).toISOString() }, hours(6), false],
    ['never exported, edits over more than a day', { createdAt: created, updatedAt: hours(25).toISOString() }, hours(26), true],
    ['exported yesterday, edited since', { createdAt: created, lastExportedAt: hours(2).toISOString(), updatedAt: hours(20).toISOString() }, hours(27), true],
    ['exported yesterday, nothing changed since', { createdAt: created, lastExportedAt: hours(2).toISOString(), updatedAt: hours(1).toISOString() }, hours(50), false],
    ['exported an hour ago', { createdAt: created, lastExportedAt: hours(30).toISOString(), updatedAt: hours(30.5).toISOString() }, hours(31), false],
  ])('%s → due: %s', (_, draft, now, due) => {
    const reminder = backupReminder(draft, now);
    expect(reminder.due).toBe(due);
    expect(reminder.text !== undefined).toBe(due);
  });

  test('says when the last export was', () => {
    expect(backupReminder({ createdAt: created, updatedAt: created }, hours(1)).lastExportText).toBe('尚未导出过备份');
    expect(backupReminder({ createdAt: created, updatedAt: created, lastExportedAt: '2024-05-20T09:42:00.000Z' }, hours(1)).lastExportText).toMatch(/^上次导出：2024-05-2\d \d\d:42$/);
  });
});
