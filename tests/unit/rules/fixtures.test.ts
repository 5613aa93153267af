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

test.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('fixture %s: no warnings either', (noticeId) => {
  expect(validateDraft(ctxOf(noticeId), fixtureValues(noticeId)).filter((i) => i.severity === 'warning')).toEqual([]);
});
