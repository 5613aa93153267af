// 万元 typed into a 亿元 cell is asked about (「是否误填为万元？」) even with one year filled, with the value in 亿元
// offered; the typed value is kept.
import { describe, expect, test } from 'vitest';
import { validateDraft, eligibilityReport } from '../../../src/rules';
import { looksLikeWan } from '../../../src/rules/cross/units';
import { ctxOf } from './support';

describe('looksLikeWan', () => {
  test.each([
    [540000, [], true],
    [10000, [], true],
    [9999.99, [], false],
    [3000, [2, 3], true],
    [2999, [2, 3], false],
    [2100, [200, 210], false],
    [5000, [4, 0], true],
    [300, [], false],
  ])('%d against %j: %s', (value, others, expected) => {
    expect(looksLikeWan(value, others)).toBe(expected);
  });
});

describe('the 亿元 cells of a draft', () => {
  const ctx = ctxOf('hb-2024');
  const slips = (totalOutput: Record<string, string>) =>
    validateDraft(ctx, { totalOutput }).filter((i) => i.rule === 'cross:unitSlip' || i.rule === 'cross:yearJump');

  test('540000 with only one year filled is asked about, naming the unit, with 54 offered', () => {
    const [issue, ...rest] = slips({ '2023': '540000' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ path: '2023', place: '2023年', severity: 'warning', kind: 'plausibility', offer: { text: '54', label: '改为 54（亿元）' } });
    expect(issue?.message).toContain('是否误填为万元？本栏单位为亿元');
  });

  test('a year 1000 times the others is asked about once (not also as a tenfold jump)', () => {
    const issues = slips({ '2021': '186.40', '2022': '208.75', '2023': '236120' });
    expect(issues.map((i) => [i.rule, i.path, i.offer?.text])).toEqual([['cross:unitSlip', '2023', '23.612']]);
  });

  test('plausible figures are not asked about', () => {
    expect(slips({ '2021': '186.40', '2022': '208.75', '2023': '236.12' })).toEqual([]);
  });

  test('section 8’s 研发经费投入 row (亿元) is asked about too, on the cell concerned', () => {
    const issues = validateDraft(ctx, { planTargets: { fixed: { rdSpend: { baseline: '6.75', target: '92000' } } } }).filter((i) => i.rule === 'cross:unitSlip');
    expect(issues.map((i) => [i.path, i.place, i.offer?.text])).toEqual([['fixed.rdSpend.target', '创新·研发经费投入 2026年目标值', '9.2']]);
  });

  test('the 40亿 criterion still reads the typed value; the question stands beside the field', () => {
    const output = eligibilityReport(ctx, { totalOutput: { '2021': '540000', '2022': '560000', '2023': '580000' } }, {}).find((r) => r.id === 'national-2022.output');
    expect(output?.verdict).toBe('pass');
    expect(validateDraft(ctx, { totalOutput: { '2021': '540000', '2022': '560000', '2023': '580000' } }).filter((i) => i.rule === 'cross:unitSlip')).toHaveLength(3);
  });
});
