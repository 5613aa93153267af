// The draft schema derived from each definition: accepts what a user can enter, rejects what no form holds.
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_VERSION, draftSchema, draftValuesSchema } from '../../../src/forms/draft';
import { formVersions } from '../../../src/forms/registry';
import { formFields } from '../../../src/forms/walk';

const envelope = (formVersion: string, noticeId: string, values: Record<string, unknown>) => ({
  version: DRAFT_SCHEMA_VERSION,
  id: 'd-2024-xiantao',
  noticeId,
  formVersion,
  createdAt: '2024-05-06T01:20:00.000Z',
  updatedAt: '2024-05-08T09:42:10.000Z',
  values,
});

const hbValues = {
  clusterName: '湖北省仙桃市彭场镇非织造布产业',
  region: { province: '湖北省', city: '仙桃市', county: '彭场镇' },
  totalOutput: { '2021': '186.40', '2022': '205.12', '2023': '231.75' },
  leadingIndustryCagr: '11.50',
  prohibitedIndustry: 'no',
  energyEfficiency: 'na',
  chainWork: ['o1', 'o5'],
  nationalPlatforms: { count: '1', names: ['国家非织造布产品质量检验检测中心（湖北）'] },
  standards: { '2023': { national: { lead: '2', join: '3' } } },
  planTargets: { fixed: { outputCagr: { baseline: '11.50', target: '12.00' } }, added: [] },
  planOverview: '仙桃市彭场镇是全国最大的非织造布制品生产和出口基地之一。',
};

describe('draft schema', () => {
  const schema = draftSchema(formVersions['miit-2024']);

  test('accepts a partly filled MIIT 2024 draft and keeps every value', () => {
    const result = v.safeParse(schema, envelope('miit-2024', 'hb-2024', hbValues));
    expect(result.issues).toBeUndefined();
    expect(result.success && result.output.values).toEqual(hbValues);
  });

  test('accepts an empty draft: every field is optional while the form is being filled', () => {
    expect(v.safeParse(schema, envelope('miit-2024', 'hb-2024', {})).success).toBe(true);
  });

  test.each([
    ['a year the version does not report', { totalOutput: { '2019': '1' } }],
    ['an option the question does not have', { prohibitedIndustry: 'maybe' }],
    ['a tick-box option that does not exist', { chainWork: ['o9'] }],
    ['a number given as a JSON number instead of the typed text', { area: 12.5 }],
    ['names that are not a list', { nationalPlatforms: { count: '1', names: '某平台' } }],
  ])('rejects %s', (_, values) => {
    expect(v.safeParse(schema, envelope('miit-2024', 'hb-2024', values)).success).toBe(false);
  });

  test('rejects a draft of another form version', () => {
    expect(v.safeParse(schema, envelope('gd-2023', 'gd-2023', {})).success).toBe(false);
  });

  test('the envelope may carry a list title and values kept aside by restore', () => {
    const draft = {
      ...envelope('miit-2024', 'hb-2024', {}),
      title: '仙桃非织造布（报市局版）',
      unplaced: [{ path: '/values/totalOutput/2020', value: '170.00', reason: '此版本申报表不含该年份' }],
    };
    expect(v.safeParse(schema, draft).output).toEqual(draft);
  });

  test('rejects an envelope key no version knows, rather than dropping it', () => {
    expect(v.safeParse(schema, { ...envelope('miit-2024', 'hb-2024', {}), savedAt: '2024-05-08T09:42:10.000Z' }).success).toBe(false);
  });

  test('the Guangdong draft has its own fields and years', () => {
    const gd = draftSchema(formVersions['gd-2023']);
    const ok = v.safeParse(gd, envelope('gd-2023', 'gd-2023', { region: { city: '佛山市', county: '顺德区' }, qualityEnterpriseCount: { '2020': '12' } }));
    expect(ok.success).toBe(true);
    const wrongYear = v.safeParse(gd, envelope('gd-2023', 'gd-2023', { totalOutput: { '2023': '1' } }));
    expect(wrongYear.success).toBe(false);
  });

  test.each(Object.values(formVersions))('$id: the draft has one entry per field of the definition', (def) => {
    const entries = Object.keys(draftValuesSchema(def).entries);
    expect(entries).toEqual(formFields(def).map((f) => f.id));
  });
});
