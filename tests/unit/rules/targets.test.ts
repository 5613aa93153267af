// Section 8 targets against requirements a–g of each form, with 「左右」 read as ±1 percentage point.
import { describe, expect, test } from 'vitest';
import { formFields } from '../../../src/forms/walk';
import { targetChecks, validateSection } from '../../../src/rules';
import { parseRequirement } from '../../../src/rules/targets';
import { ctxOf, withCells } from './support';
import type { NoticeId } from './support';

type Row = readonly [baseline: string, target: string];
const checkOf = (noticeId: NoticeId, key: string, indicator: string, [baseline, target]: Row) => {
  const values = withCells(noticeId, [[['planTargets', `fixed.${indicator}`], { baseline, target }]]);
  const check = targetChecks(ctxOf(noticeId), values).find((c) => c.requirementKey === key);
  if (!check) throw new Error(`no requirement ${key}`);
  return check;
};

describe.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('targets of %s', (noticeId) => {
  test.each([
    // a. 产值年均增速不低于10%: the target is itself a rate.
    ['a', 'outputCagr', ['12.00', '9.99'], 'fail'],
    ['a', 'outputCagr', ['12.00', '10.00'], 'pass'],
    ['a', 'outputCagr', ['12.00', '10.01'], 'pass'],
    // b. 优质中小企业数量逐年增加: the target above the baseline.
    ['b', 'qualitySmes', ['82', '82'], 'fail'],
    ['b', 'qualitySmes', ['82', '83'], 'pass'],
    // c. 研发经费年均增速不低于10%: (target ÷ baseline)^(1/3) − 1.
    ['c', 'rdSpend', ['100.00', '133.06'], 'fail'], // 9.99 %
    ['c', 'rdSpend', ['100.00', '133.10'], 'pass'], // 10.00 %
    ['c', 'rdSpend', ['100.00', '133.14'], 'pass'], // 10.01 %
    // d. 有效发明专利数年均增长不低于15%.
    ['d', 'inventionPatents', ['10000', '15205'], 'fail'], // 14.99 %
    ['d', 'inventionPatents', ['10000', '15209'], 'pass'], // 15.00 %
    ['d', 'inventionPatents', ['10000', '15213'], 'pass'], // 15.01 %
    // e. 工业互联网普及率达到45%左右: ≥ 44.
    ['e', 'iipRate', ['30.00', '43.99'], 'fail'],
    ['e', 'iipRate', ['30.00', '44.00'], 'pass'],
    ['e', 'iipRate', ['30.00', '44.01'], 'pass'],
    ['e', 'iipRate', ['30.00', '60.00'], 'pass'],
    // f. 二氧化碳排放量降低达到18%左右: (baseline − target) ÷ baseline ≥ 17 %.
    ['f', 'co2', ['100.00', '83.01'], 'fail'], // 16.99 %
    ['f', 'co2', ['100.00', '83.00'], 'pass'], // 17.00 %
    ['f', 'co2', ['100.00', '82.99'], 'pass'], // 17.01 %
    // g. 集群单位工业产值能耗下降达到13.5%左右: ≥ 12.5 %.
    ['g', 'energyIntensity', ['100.00', '87.51'], 'fail'], // 12.49 %
    ['g', 'energyIntensity', ['100.00', '87.50'], 'pass'], // 12.50 %
    ['g', 'energyIntensity', ['100.00', '87.49'], 'pass'], // 12.51 %
    // missing or unusable cells
    ['c', 'rdSpend', ['0', '10.00'], 'unknown'],
    ['e', 'iipRate', ['30.00', ''], 'unknown'],
  ] as const)('%s on %s %j → %s', (key, indicator, row, verdict) => {
    expect(checkOf(noticeId, key, indicator, row).verdict).toBe(verdict);
  });

  test('「左右」 states its band', () => {
    expect(checkOf(noticeId, 'f', 'co2', ['100.00', '83.00']).tolerance).toBe(
      '“18%左右”按 ±1 个百分点理解（17%–19%），不低于 17% 即为达到，高出亦符合',
    );
    expect(checkOf(noticeId, 'a', 'outputCagr', ['12.00', '10.00']).tolerance).toBeUndefined();
  });

  test('a failed requirement is a warning on the target cell of section 8', () => {
    const values = withCells(noticeId, [[['planTargets', 'fixed.iipRate'], { baseline: '30.00', target: '40.00' }]]);
    const issues = validateSection(ctxOf(noticeId), values, 's8').filter((i) => i.rule === 'target:e');
    expect(issues.map((i) => [i.fieldId, i.path, i.severity])).toEqual([['planTargets', 'fixed.iipRate.target', 'warning']]);
  });

  test('every requirement printed on the form is recognised (its threshold read from its own text)', () => {
    const field = formFields(ctxOf(noticeId).form).find((f) => f.kind === 'targets');
    const parsed = field?.kind === 'targets' ? field.requirements.map((r) => parseRequirement(r.text)) : [];
    expect(parsed).toEqual([
      { kind: 'atLeast', value: 10 },
      { kind: 'increase' },
      { kind: 'atLeast', value: 10 },
      { kind: 'atLeast', value: 15 },
      { kind: 'about', value: 45 },
      { kind: 'about', value: 18 },
      { kind: 'about', value: 13.5 },
    ]);
  });

  // 「基准值须符合中小企业特色产业集群认定标准」: 产值年均增速 高于10% (exclusive), 普及率 不低于15% (inclusive).
  test.each([
    ['outputCagr', '10.00', true],
    ['outputCagr', '10.01', false],
    ['iipRate', '14.99', true],
    ['iipRate', '15.00', false],
  ] as const)('a %s baseline of %s is flagged against the criteria: %s', (indicator, baseline, flagged) => {
    const values = withCells(noticeId, [[['planTargets', `fixed.${indicator}`], { baseline, target: '60.00' }]]);
    const issues = validateSection(ctxOf(noticeId), values, 's8').filter((i) => i.rule === `target:baseline.${indicator}`);
    expect(issues.map((i) => [i.path, i.severity])).toEqual(flagged ? [[`fixed.${indicator}.baseline`, 'warning']] : []);
    if (flagged) expect(issues[0]?.message).toMatch(/基准值须符合认定标准/);
  });
});

