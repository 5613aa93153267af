// The drafts list line: completeness grows as the official fills the form, cell by cell for per-year rows.
import { describe, expect, test } from 'vitest';
import type { AnyDraft } from '../../../src/forms/registry';
import { formFields } from '../../../src/forms/walk';
import { formVersions } from '../../../src/forms/registry';
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

  test('one field is one share; a per-year row counts each year, a region each part', () => {
    expect(completeness(withValues(empty, { clusterName: '仙桃' }))).toBeCloseTo(1 / fieldCount, 3);
    expect(completeness(withValues(empty, { totalOutput: { '2021': '1' } }))).toBeCloseTo(1 / 3 / fieldCount, 3);
    expect(completeness(withValues(empty, { region: { province: '湖北省', city: '仙桃市' } }))).toBeCloseTo(2 / 3 / fieldCount, 3);
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
