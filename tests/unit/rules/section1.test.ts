// Section 1's questions in the pre-check: the same answer means opposite things in different versions.
// Guangdong asks 「不属于/未发生/不存在」 (是 complies); MIIT 2023 mixes 「不属于」 with 「是否发生/是否存在」;
// MIIT 2024 asks 「是否属于/是否发生/是否存在」 (否 complies) and 「是否达到」 where the criterion says 「高于」.
import { describe, expect, test } from 'vitest';
import { criterion, withCells } from './support';
import type { NoticeId } from './support';

const SET: Record<NoticeId, string> = { 'gd-2023': 'gd-provincial-2023', 'sc-2023': 'national-2022', 'hb-2024': 'national-2022' };
const verdict = (n: NoticeId, field: string, answer: string, id: string) =>
  criterion(n, withCells(n, [[field, answer]]), `${SET[n]}.${id}`);

describe.each([
  // notice, field, criterion, verdict when answered 是, verdict when answered 否
  ['gd-2023', 'prohibitedIndustry', 'policy', 'pass', 'fail'],
  ['gd-2023', 'majorAccident', 'accidents', 'pass', 'fail'],
  ['gd-2023', 'taxViolation', 'violations', 'pass', 'fail'],
  ['sc-2023', 'prohibitedIndustry', 'policy', 'pass', 'fail'],
  ['sc-2023', 'majorAccident', 'accidents', 'fail', 'pass'],
  ['sc-2023', 'taxViolation', 'violations', 'fail', 'pass'],
  ['hb-2024', 'prohibitedIndustry', 'policy', 'fail', 'pass'],
  ['hb-2024', 'majorAccident', 'accidents', 'fail', 'pass'],
  ['hb-2024', 'taxViolation', 'violations', 'fail', 'pass'],
] as const)('%s %s', (noticeId, field, id, whenYes, whenNo) => {
  test(`是 → ${whenYes}, 否 → ${whenNo}, unanswered → unknown`, () => {
    expect(verdict(noticeId, field, 'yes', id).verdict).toBe(whenYes);
    expect(verdict(noticeId, field, 'no', id).verdict).toBe(whenNo);
    expect(verdict(noticeId, field, '', id).verdict).toBe('unknown');
  });
});

describe.each(['gd-2023', 'sc-2023', 'hb-2024'] as const)('energy and water efficiency on %s', (noticeId) => {
  test.each([
    ['energyEfficiency', 'yes', 'pass'],
    ['energyEfficiency', 'no', 'fail'],
    ['energyEfficiency', 'na', 'pass'],
    ['waterEfficiency', 'yes', 'pass'],
    ['waterEfficiency', 'no', 'fail'],
    ['waterEfficiency', 'na', 'pass'],
  ])('%s = %s → %s', (field, answer, expected) => {
    expect(verdict(noticeId, field, answer, field).verdict).toBe(expected);
  });
});

describe('question wording that does not match the criterion is said in the reason', () => {
  test('MIIT 2024 asks 「是否达到行业基准值」; the criterion says 「高于」', () => {
    const r = verdict('hb-2024', 'energyEfficiency', 'yes', 'energyEfficiency');
    expect(r.observed).toBe('表中问“属于高耗能行业的集群，能效水平是否达到行业基准值”，答“是”');
    expect(r.reason).toContain('表中问法与标准的“高于”不完全一致');
  });

  test.each(['gd-2023', 'sc-2023'] as const)('%s asks 「高于」 as the criterion does: no such note', (noticeId) => {
    expect(verdict(noticeId, 'waterEfficiency', 'yes', 'waterEfficiency').reason).not.toContain('不完全一致');
  });

  test('答「不适用」 needs no note', () => {
    expect(verdict('hb-2024', 'waterEfficiency', 'na', 'waterEfficiency').reason).not.toContain('不完全一致');
  });
});

describe('notice precondition: 川经信办函〔2023〕220号 admits provincially recognised clusters only', () => {
  test.each([
    ['yes', 'pass'],
    ['no', 'fail'],
    ['', 'unknown'],
  ])('sc-2023 answered %j → %s', (answer, expected) => {
    const r = criterion('sc-2023', withCells('sc-2023', [['priorRecognition', answer]]), 'sc-2023.provincialRecognition');
    expect(r.verdict).toBe(expected);
    expect(r.source).toBe('川经信办函〔2023〕220号 一、申报对象');
    expect(r.clause).toContain('已认定为“四川省中小企业特色产业集群”');
  });

  test.each(['hb-2024', 'gd-2023'] as const)('%s has no such precondition', (noticeId) => {
    expect(() => criterion(noticeId, withCells(noticeId, [['priorRecognition', 'no']]), `${noticeId}.provincialRecognition`)).toThrow();
  });
});
