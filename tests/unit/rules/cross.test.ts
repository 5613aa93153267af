// Cross-field consistency: parts within wholes, years against each other, section 1 answers, section 8's budget.
import { describe, expect, test } from 'vitest';
import { validateDraft, validateSection } from '../../../src/rules';
import { ctxOf, lastYear, withCells } from './support';
import type { Cell, NoticeId } from './support';

const issuesOf = (noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[], rule: string) =>
  validateDraft(ctxOf(noticeId), withCells(noticeId, cells)).filter((i) => i.rule?.startsWith(rule));

describe.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('counts of %s', (noticeId) => {
  const y = lastYear(noticeId);

  test.each([
    ['其中中小企业 > 集群企业', true, 'smeCount', 'enterpriseCount'],
    ['其中中小企业 = 集群企业', false, 'smeCount', 'enterpriseCount'],
    ['“小巨人” > 中小企业', true, 'littleGiantCount', 'smeCount'],
    ['专精特新中小企业 > 中小企业', true, 'specializedSmeCount', 'smeCount'],
  ])('%s: error %s', (_, expected, part, whole) => {
    const values = withCells(noticeId, []);
    const wholeValue = Number((values[whole] as Record<string, string>)[y]);
    const cells = [[[part, y], String(expected ? wholeValue + 1 : wholeValue)]] as const;
    const issues = issuesOf(noticeId, cells, `cross:${part}≤${whole}`);
    expect(issues.map((i) => [i.severity, i.path])).toEqual(expected ? [['error', y]] : []);
  });

  test('single champions may be large enterprises: bounded by all enterprises, not by SMEs', () => {
    const values = withCells(noticeId, []);
    const sme = Number((values['smeCount'] as Record<string, string>)[y]);
    const all = Number((values['enterpriseCount'] as Record<string, string>)[y]);
    const rule = 'cross:singleChampionCount≤';
    expect(issuesOf(noticeId, [[['singleChampionCount', y], String(sme + 1)]], rule)).toEqual([]);
    expect(issuesOf(noticeId, [[['singleChampionCount', y], String(all + 1)]], rule)).toHaveLength(1);
  });

  test('the message names the year and both counts', () => {
    const [issue] = issuesOf(noticeId, [[['smeCount', y], '99999']], 'cross:smeCount');
    expect([issue?.kind, issue?.place]).toEqual(['consistency', `${y}年`]);
    expect(issue?.message).toMatch(/^集群中小企业数量（99999）多于集群企业数量（\d+），请核实$/);
  });

  test.each([
    ['exactly 10×', '10', false],
    ['more than 10×', '10.01', true],
  ])('a year %s the year before (×%s) is flagged as a warning: %s', (_, factor, flagged) => {
    const [y0, y1] = ctxOf(noticeId).years;
    const issues = issuesOf(
      noticeId,
      [
        [['totalOutput', String(y0)], '100.00'],
        [['totalOutput', String(y1)], String(100 * Number(factor))],
      ],
      'cross:yearJump',
    );
    expect(issues.map((i) => [i.severity, i.path])).toEqual(flagged ? [['warning', String(y1)]] : []);
  });
});

describe('counts only MIIT 2024 has', () => {
  test.each([
    ['研发人员 > 从业人员', 1, 'rdStaff', '60000'],
    ['上云中小企业 > 中小企业', 1, 'cloudSmeCount', '443'],
    ['接入工业互联网平台的中小企业 = 中小企业', 0, 'iipSmeCount', '442'],
  ])('%s: %i error(s)', (_, count, fieldId, value) => {
    const cell: Cell = fieldId === 'rdStaff' ? ['rdStaff', '2023'] : fieldId;
    const issues = issuesOf('hb-2024', [[cell, value]], 'cross:').filter((i) => i.fieldId === fieldId);
    expect(issues.filter((i) => i.severity === 'error')).toHaveLength(count);
  });
});

describe('section 1 answers that disqualify are flagged (warnings), by each version’s polarity', () => {
  test.each([
    ['gd-2023', 'majorAccident', 'yes', false],
    ['gd-2023', 'majorAccident', 'no', true],
    ['sc-2023', 'prohibitedIndustry', 'yes', false],
    ['sc-2023', 'majorAccident', 'yes', true],
    ['hb-2024', 'prohibitedIndustry', 'yes', true],
    ['hb-2024', 'energyEfficiency', 'na', false],
    ['hb-2024', 'energyEfficiency', 'no', true],
  ] as const)('%s %s = %s flagged: %s', (noticeId, fieldId, answer, flagged) => {
    const issues = validateSection(ctxOf(noticeId), withCells(noticeId, [[fieldId, answer]]), 's1').filter((i) => i.fieldId === fieldId);
    expect(issues.map((i) => i.severity)).toEqual(flagged ? ['warning'] : []);
  });

  test('川经信办函〔2023〕220号 admits only clusters recognised at provincial level; the other notices do not ask it', () => {
    const flagged = (noticeId: NoticeId) =>
      issuesOf(noticeId, [['priorRecognition', 'no']], 'cross:provincialRecognition').map((i) => i.severity);
    expect(flagged('sc-2023')).toEqual(['warning']);
    expect(flagged('hb-2024')).toEqual([]);
    expect(flagged('gd-2023')).toEqual([]);
  });
});

describe('section 8 shares 3000 characters', () => {
  const texts = (n: number) =>
    [
      ['planOverview', '规'.repeat(n - 900)],
      ['planAchievements', '划'.repeat(300)],
      ['planProblems', '问'.repeat(100)],
      ['planApproach', '思'.repeat(100)],
      ['planStage1', '一'.repeat(100)],
      ['planStage2', '二'.repeat(100)],
      ['planStage3', '三'.repeat(100)],
      ['planTasks', '任'.repeat(50)],
      ['planSafeguards', '保'.repeat(50)],
    ] as const;

  test.each([
    [3000, []],
    [3001, ['planOverview']],
  ])('%i characters in all give errors on %j (the longest text)', (n, fields) => {
    const issues = issuesOf('hb-2024', texts(n), 'cross:planBudget');
    expect(issues.map((i) => i.fieldId)).toEqual(fields);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  test('the message says how much to cut', () => {
    const [issue] = issuesOf('sc-2023', texts(3010), 'cross:planBudget');
    expect(issue?.message).toBe('第八部分合计 3010 字，超出“3000字以内”，请删减 10 字（本栏最长，2110 字）');
  });
});

describe('cover', () => {
  test.each([
    ['2024-06-20', 0],
    ['2024-06-21', 1],
    ['2024-04-08', 1],
  ])('application date %s against 鄂经信办函〔2024〕29号 (issued 2024-04-09, due 2024-06-20): %i warning(s)', (date, count) => {
    expect(issuesOf('hb-2024', [['applicationDate', date]], 'cross:applicationDate').filter((i) => i.severity === 'warning')).toHaveLength(
      count,
    );
  });

  test('a cluster name that names no industry is flagged with the printed pattern', () => {
    const [issue] = issuesOf('gd-2023', [['clusterName', '顺德区小家电集群']], 'cross:clusterName');
    expect(issue?.message).toBe('集群名称应写明主导产业，格式为（中小企业特色产业集群（XX产业））');
  });
});
