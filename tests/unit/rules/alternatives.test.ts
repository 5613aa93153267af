// Criteria with alternatives (「不少于1家…，或者不少于10家…」) in three-valued logic: an alternative that is met makes
// the criterion 符合 whatever the others hold (true OR unknown = true; false OR unknown = unknown); a sum whose
// filled parts already reach the bound is met though a part is blank. And blank tables are 未填, not 0.
import { describe, expect, test } from 'vitest';
import { anyTruth } from '../../../src/rules/sets/truth';
import type { Truth } from '../../../src/rules/sets/truth';
import { criterion, lastYear, withCells } from './support';
import type { Cell, NoticeId } from './support';

const TRUTHS: Truth[] = ['met', 'unmet', 'unknown'];
const pairs = TRUTHS.flatMap((a) => TRUTHS.map((b) => [a, b] as const));
const expectedOr = (a: Truth, b: Truth): Truth => (a === 'met' || b === 'met' ? 'met' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'unmet');

test.each(pairs)('%s OR %s', (a, b) => {
  expect(anyTruth([a, b])).toBe(expectedOr(a, b));
  expect(anyTruth([b, a])).toBe(expectedOr(a, b));
});

test('an 「或者」 with no alternative known to hold and none unknown is unmet; one unknown alone is unknown', () => {
  expect([anyTruth([]), anyTruth(['unknown']), anyTruth(['unmet', 'unmet', 'unmet'])]).toEqual(['unmet', 'unknown', 'unmet']);
});

// The national criterion on the hb-2024 form: A = 单项冠军 + “小巨人” ≥ 1; B = 专精特新 + 创新型 + 国家级高新 ≥ 10.
type Cells = readonly (readonly [Cell, string])[];
const A: Record<Truth, (y: string) => Cells> = {
  met: (y) => [[['singleChampionCount', y], '0'], [['littleGiantCount', y], '1']],
  unmet: (y) => [[['singleChampionCount', y], '0'], [['littleGiantCount', y], '0']],
  unknown: (y) => [[['singleChampionCount', y], ''], [['littleGiantCount', y], '0']],
};
const B: Record<Truth, (y: string) => Cells> = {
  met: (y) => [[['specializedSmeCount', y], '10'], [['innovativeSmeCount', y], '0'], [['highTechCount', y], '0']],
  unmet: (y) => [[['specializedSmeCount', y], '3'], [['innovativeSmeCount', y], '3'], [['highTechCount', y], '3']],
  unknown: (y) => [[['specializedSmeCount', y], '3'], [['innovativeSmeCount', y], ''], [['highTechCount', y], '3']],
};
const VERDICT = { met: 'pass', unmet: 'fail', unknown: 'unknown' } as const;

describe('优质企业数量 (national) over every combination of its two alternatives', () => {
  const n: NoticeId = 'hb-2024';
  const y = lastYear(n);
  test.each(pairs)('A %s, B %s', (a, b) => {
    const values = withCells(n, [...A[a](y), ...B[b](y)]);
    expect(criterion(n, values, 'national-2022.enterprises').verdict).toBe(VERDICT[expectedOr(a, b)]);
  });

  test('the real case: 7 「小巨人」, 48 专精特新, the rest blank is 符合, and the summary says what was typed', () => {
    const blank = ['singleChampionCount', 'innovativeSmeCount', 'highTechCount'].map((id) => [[id, y], ''] as const);
    const values = withCells(n, [[['littleGiantCount', y], '7'], [['specializedSmeCount', y], '48'], ...blank]);
    const r = criterion(n, values, 'national-2022.enterprises');
    expect(r.verdict).toBe('pass');
    expect(r.observed).toContain('专精特新“小巨人”企业 7');
    expect(r.observed).toContain('制造业单项冠军企业 未填');
    expect(r.observed).not.toContain('“小巨人”企业 未填');
  });

  test('a sum whose filled part reaches 1 is met although a part is blank, with the other alternative unmet', () => {
    const values = withCells(n, [[['littleGiantCount', y], '7'], [['singleChampionCount', y], ''], ...B.unmet(y)]);
    const r = criterion(n, values, 'national-2022.enterprises');
    expect(r.verdict).toBe('pass');
    expect(r.reason).toContain('已填部分合计 7，已达要求，符合');
  });
});

test('the Guangdong criterion reads its alternatives the same way', () => {
  const n: NoticeId = 'gd-2023';
  const y = lastYear(n);
  const values = withCells(n, [[['littleGiantCount', y], '2'], [['singleChampionCount', y], ''], [['qualityEnterpriseCount', y], '']]);
  expect(criterion(n, values, 'gd-provincial-2023.enterprises').verdict).toBe('pass');
});

describe('a blank standards table is 未填, not 「主持 0 项、参与 0 项」', () => {
  const n: NoticeId = 'hb-2024';
  const zeros = Object.fromEntries(
    ['2021', '2022', '2023'].map((year) => [year, Object.fromEntries(['international', 'national', 'industry', 'group'].map((c) => [c, { lead: '0', join: '0' }]))]),
  );
  test.each([
    ['blank', undefined, '表中标准制修订情况未填'],
    ['all zeros typed', zeros, '表中近三年主持 0 项、参与 0 项标准'],
    ['one year typed', { '2023': { national: { lead: '2', join: '3' } } }, '表中近三年主持 2 项、参与 3 项标准（已填 2/24 格，空格未计）'],
  ])('%s', (_, table, words) => {
    const r = criterion(n, withCells(n, [['standards', table]]), 'national-2022.standards');
    expect(r.observed).toBe(`未自评；${words}`);
  });
});
