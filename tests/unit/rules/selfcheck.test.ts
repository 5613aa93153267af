// 认定标准自查: each verdict names the fields it reads (its 「查看填写」 links), and a qualitative item the form's own
// ticks already declare is prefilled — the user's own tick or untick wins.
import { describe, expect, test } from 'vitest';
import { formVersions } from '../../../src/forms/registry';
import { formFields } from '../../../src/forms/walk';
import { eligibilityReport, ruleSets } from '../../../src/rules';
import { ctxOf, fixtureValues, withCells } from './support';
import type { NoticeId } from './support';

const report = (n: NoticeId, values = fixtureValues(n), declared: Record<string, boolean> = {}) => eligibilityReport(ctxOf(n), values, declared);
const byId = (n: NoticeId, id: string, values = fixtureValues(n), declared: Record<string, boolean> = {}) => report(n, values, declared).find((r) => r.id === id)!;

describe('each verdict links to its questions', () => {
  test.each([
    ['hb-2024', 'national-2022.output', ['totalOutput']],
    ['hb-2024', 'national-2022.enterprises', ['specializedSmeCount', 'littleGiantCount', 'singleChampionCount', 'highTechCount', 'innovativeSmeCount']],
    ['hb-2024', 'national-2022.iipRate', ['smeCount', 'iipSmeCount', 'iipRate']],
    ['hb-2024', 'national-2022.operator', ['operator']],
    ['hb-2024', 'national-2022.standards', ['standards']],
    ['hb-2024', 'national-2022.plan', ['planTargets']],
    ['gd-2023', 'gd-provincial-2023.accidents', ['majorAccident']],
  ] as const)('%s %s reads %j', (n, id, fields) => {
    expect(byId(n, id).fieldIds).toEqual(fields);
  });

  test.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('every quantitative and answered criterion of %s links to a field of its form', (n) => {
    const ids = new Set(formFields(ctxOf(n).form).map((f) => f.id));
    for (const r of report(n).filter((r) => r.kind !== 'qualitative')) {
      expect(r.fieldIds.length, r.id).toBeGreaterThan(0);
      for (const id of r.fieldIds) expect(ids.has(id)).toBe(true);
    }
  });
});

describe('self-declarations prefilled from the form’s ticks', () => {
  const coordination = '建有产业链上下游产供销一体化协同协作机制';

  test('a ticked 「建有产业链上下游产供销一体化协同协作机制」 declares the coordination criterion, naming the option', () => {
    const r = byId('hb-2024', 'national-2022.coordination');
    expect(r.verdict).toBe('declared');
    expect(r.impliedBy).toEqual([coordination]);
    expect(r.fieldIds).toEqual(['chainWork']);
    expect(r.reason).toContain(`表中已勾选“${coordination}”，据此预先视为符合；如不符合请取消勾选`);
  });

  test('the user’s untick wins over the ticks, and an unticked option prefills nothing', () => {
    expect(byId('hb-2024', 'national-2022.coordination', undefined, { 'national-2022.coordination': false }).verdict).toBe('undeclared');
    const unticked = withCells('hb-2024', [['chainWork', ['o1']]]);
    expect(byId('hb-2024', 'national-2022.coordination', unticked).verdict).toBe('undeclared');
  });

  test.each([
    ['MIIT: the three sharing options together', 'hb-2024', [['resourceWork', ['o1', 'o2', 'o3']]], 'declared'],
    ['MIIT: two of the three are not enough', 'hb-2024', [['resourceWork', ['o1', 'o2']]], 'undeclared'],
    ['Guangdong: its one sharing option', 'gd-2023', [['sharingWork', ['o2']]], 'declared'],
  ] as const)('%s', (_, n, cells, verdict) => {
    const id = `${ruleSets[ctxOf(n).ruleSetId].id}.sharing`;
    expect(byId(n, id, withCells(n, cells)).verdict).toBe(verdict);
  });

  test('every option text a criterion is implied by is printed, word for word, by some form version', () => {
    const printed = new Set(Object.values(formVersions).flatMap((f) => formFields(f).flatMap((x) => (x.kind === 'ticks' ? x.options.map((o) => o.label) : []))));
    const texts = Object.values(ruleSets).flatMap((s) => s.criteria.flatMap((c) => (c.impliedBy ?? []).flat()));
    expect(texts.length).toBeGreaterThan(4);
    for (const t of texts) expect(printed.has(t), t).toBe(true);
  });
});
