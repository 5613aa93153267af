// The complete fixture drafts meet every criterion of their notice, pass every field rule and section 8 requirement,
// and the rules treat a draft as read-only.
import { describe, expect, test } from 'vitest';
import { computedValues, criteriaFor, eligibilityReport, targetChecks, validateDraft } from '../../../src/rules';
import { ctxOf, fixtureValues } from './support';
import type { NoticeId, Values } from './support';

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(deepFreeze);
    Object.freeze(x);
  }
  return x;
}

describe.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('fixture %s', (noticeId: NoticeId) => {
  const ctx = ctxOf(noticeId);
  const values = deepFreeze(fixtureValues(noticeId)) as Values;

  test('has no errors (and the rules do not write to the draft)', () => {
    expect(validateDraft(ctx, values).filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('passes every quantitative and answer criterion; with the qualitative items ticked, nothing is left', () => {
    const declared = Object.fromEntries(criteriaFor(ctx).map((c) => [c.id, true]));
    const report = eligibilityReport(ctx, values, declared);
    expect(report.filter((r) => r.verdict !== 'pass' && r.verdict !== 'declared').map((r) => [r.id, r.verdict, r.reason])).toEqual([]);
    expect(report.filter((r) => r.kind !== 'qualitative').length).toBeGreaterThanOrEqual(17);
  });

  test('meets requirements a–g of section 8', () => {
    expect(targetChecks(ctx, values).map((c) => [c.requirementKey, c.verdict])).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [k, 'pass']),
    );
  });

  test('every computed value can be computed from it', () => {
    expect(computedValues(ctx, values).filter((c) => c.value === null)).toEqual([]);
  });
});

// Hint: the fixtures' 主导产业 growth figures were written as 总产值 figures (12.96 = √(398.75 ÷ 312.50) − 1), so the
// values computed from the form's own 主导产业 rows differ; warnings, never errors. See the report on fixture changes.
test.each([
  ['gd-2023', ['computed:leadingIndustryGrowth.1', 'computed:leadingIndustryGrowth.2', 'computed:leadingIndustryCagr']],
  ['sc-2023', ['computed:leadingIndustryGrowth.1', 'computed:leadingIndustryGrowth.2', 'computed:leadingIndustryCagr']],
  ['hb-2024', ['computed:leadingIndustryCagr']],
] as const)('fixture %s: the only warnings are the 主导产业 growth figures that differ from the computed ones', (noticeId, rules) => {
  const warnings = validateDraft(ctxOf(noticeId), fixtureValues(noticeId)).filter((i) => i.severity === 'warning');
  expect(warnings.map((w) => w.rule)).toEqual(rules);
});
