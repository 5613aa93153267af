// The drafts list line: completeness is the share of items answered, counted as the task list and 核对信息 count them.
import { describe, expect, test } from 'vitest';
import type { AnyDraft } from '../../../src/forms/registry';
import { formFields } from '../../../src/forms/walk';
import { formVersions } from '../../../src/forms/registry';
import { formProgress } from '../../../src/forms/progress';
import { completeness, draftName, summarize } from '../../../src/storage/summary';
import { readLabels, readSummary } from '../../../src/storage/stored';
import { fixture, fixtures, withValues } from './support';

const empty = { ...fixture('hb-2024'), values: {} } as AnyDraft;
const fieldCount = formFields(formVersions['miit-2024']).length;

describe('completeness', () => {
  test.each(Object.entries(fixtures))('the complete %s fixture is 1', (_, draft) => {
    expect(completeness(draft)).toBe(1);
  });

  test('an empty draft is 0; blank text and empty lists do not count', () => {
    expect(completeness(empty)).toBe(0);
    expect(completeness(withValues(empty, { clusterName: '  ', chainWork: [], nationalPlatforms: { count: '', names: [] } }))).toBe(0);
  });

  test('one answered field is one share, in whole percent; a row counts once all its years are filled', () => {
    const items = formProgress(formVersions['miit-2024'], {}, []).items;
    expect(items).toBe(fieldCount - formFields(formVersions['miit-2024']).filter((f) => f.kind === 'ticks').length);
    const twoAnswered = withValues(empty, { clusterName: '仙桃', area: '36.50' });
    expect(completeness(twoAnswered)).toBe(Math.floor((2 / items) * 100) / 100);
    expect(completeness(withValues(empty, { totalOutput: { '2021': '1' } }))).toBe(0);
  });

  test('100 % only when no item is left: one blank field in a complete draft is rounded down, never shown as 100 %', () => {
    const full = fixture('hb-2024');
    const items = formProgress(formVersions['miit-2024'], {}, []).items;
    const oneLeft = completeness(withValues(full, { area: '' }));
    expect(oneLeft).toBe(Math.floor(((items - 1) / items) * 100) / 100);
    expect(Math.round(oneLeft * 100)).toBeLessThan(100);
  });
});

describe('names and stored summaries', () => {
  test('the list name: title, else 集群名称, else 未命名草稿', () => {
    expect([draftName({ title: '甲' }, '乙'), draftName({ title: ' ' }, '乙'), draftName({}, '')]).toEqual(['甲', '乙', '未命名草稿']);
  });

  test('a summary read back from another app version is defaulted, never thrown on', () => {
    const summary = summarize(fixtures['gd-2023'], 3);
    expect(readSummary(summary)).toEqual(summary);
    expect(readSummary({ id: 'x', revision: 'seven', completeness: 9 })).toMatchObject({ id: 'x', revision: 0, completeness: 1, clusterName: '' });
    expect(readSummary(null).id).toBe('');
    expect(readLabels({ title: 5, lastExportedAt: '2024-05-20T09:00:00.000Z' })).toEqual({ lastExportedAt: '2024-05-20T09:00:00.000Z' });
  });
});
