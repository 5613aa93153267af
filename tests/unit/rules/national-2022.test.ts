// The national 认定标准（2022年版） on both forms that answer to it (MIIT 2023 for sc-2023, MIIT 2024 for hb-2024):
// every threshold at its limit and one cent (or one enterprise) either side.
import { describe, expect, test } from 'vitest';
import { eligibilityReport } from '../../../src/rules';
import { cagrOutput, co2, iip, per10k, rdGrowth, years } from './boundaries';
import type { Cells, Row } from './boundaries';
import { criterion, ctxOf, perYearOrSingle, withCells } from './support';
import type { NoticeId } from './support';

// National: 1 单项冠军 or 小巨人, or 10 of 专精特新中小企业 + 创新型中小企业 + 国家级高新技术企业.
const enterprises =
  (champions: string, giants: string, tens: readonly [string, string, string]) =>
  (n: NoticeId, y: string[]): Cells => [
    [['singleChampionCount', y[2]!], champions],
    [['littleGiantCount', y[2]!], giants],
    [['specializedSmeCount', y[2]!], tens[0]],
    [perYearOrSingle(n, 'innovativeSmeCount', y[2]!), tens[1]],
    [['highTechCount', y[2]!], tens[2]],
  ];
const table: Record<string, readonly Row[]> = {
  // 「占地面积一般不超过100平方公里」: soft; a breach is a caution (to be explained), not a failure.
  area: [
    ['99.99', 'pass', () => [['area', '99.99']]],
    ['100.00', 'pass', () => [['area', '100.00']]],
    ['100.01', 'caution', () => [['area', '100.01']]],
  ],
  // 「近三年产值均在40亿元以上」: inclusive, every year.
  output: [
    ['39.99 in the middle year', 'fail', (_, y) => [[['totalOutput', y[1]!], '39.99']]],
    ['40.00 in the middle year', 'pass', (_, y) => [[['totalOutput', y[1]!], '40.00']]],
    ['40.01 in the middle year', 'pass', (_, y) => [[['totalOutput', y[1]!], '40.01']]],
    ['the first year blank', 'unknown', (_, y) => [[['totalOutput', y[0]!], '']]],
  ],
  // 「中小企业产值占集群总产值70%以上」: inclusive.
  smeShare: [
    ['69.99', 'fail', (_, y) => [[['smeOutputShare', y[2]!], '69.99']]],
    ['70.00', 'pass', (_, y) => [[['smeOutputShare', y[2]!], '70.00']]],
    ['70.01', 'pass', (_, y) => [[['smeOutputShare', y[2]!], '70.01']]],
  ],
  // 「主导产业占集群总产值比例高于70%」: exclusive.
  leadingShare: [
    ['69.99', 'fail', (_, y) => [[['leadingIndustryShare', y[2]!], '69.99']]],
    ['70.00', 'fail', (_, y) => [[['leadingIndustryShare', y[2]!], '70.00']]],
    ['70.01', 'pass', (_, y) => [[['leadingIndustryShare', y[2]!], '70.01']]],
  ],
  // 「产值年均增速高于10%」: exclusive; computed from 总产值 100 → 121.xx.
  growth: [
    ['9.99 % (100 → 120.98)', 'fail', cagrOutput('120.98')],
    ['10.00 % (100 → 121.00)', 'fail', cagrOutput('121.00')],
    ['10.01 % (100 → 121.02)', 'pass', cagrOutput('121.02')],
  ],
  // 「近三年中小企业研发经费年均增长高于10%」: exclusive.
  rdGrowth: [
    ['9.99 %', 'fail', rdGrowth('120.98', '9.99')],
    ['10.00 %', 'fail', rdGrowth('121.00', '10.00')],
    ['10.01 %', 'pass', rdGrowth('121.02', '10.01')],
  ],
  // 「有效发明专利年均增长率不低于15%」: inclusive.
  patentGrowth: [
    ['14.99', 'fail', () => [['inventionPatentCagr', '14.99']]],
    ['15.00', 'pass', () => [['inventionPatentCagr', '15.00']]],
    ['15.01', 'pass', () => [['inventionPatentCagr', '15.01']]],
  ],
  // 「每万人有效发明专利拥有量不低于15个」: inclusive; computed from 专利 ÷ 从业人员 (1,000,000).
  patentsPer10k: [
    ['14.99', 'fail', per10k('1499')],
    ['15.00', 'pass', per10k('1500')],
    ['15.01', 'pass', per10k('1501')],
  ],
  // 「工业互联网平台应用普及率不低于15%」: inclusive.
  iipRate: [
    ['14.99', 'fail', iip('1499', '14.99')],
    ['15.00', 'pass', iip('1500', '15.00')],
    ['15.01', 'pass', iip('1501', '15.01')],
  ],
  // 「不少于1家…单项冠军企业或专精特新“小巨人”企业，或者不少于10家专精特新中小企业、创新型中小企业和国家级高新技术企业」.
  enterprises: [
    ['no champion or giant, 9 of the three kinds', 'fail', enterprises('0', '0', ['3', '3', '3'])],
    ['no champion or giant, 10 of the three kinds', 'pass', enterprises('0', '0', ['4', '3', '3'])],
    ['one 小巨人, none of the three kinds', 'pass', enterprises('0', '1', ['0', '0', '0'])],
    ['one 单项冠军, none of the three kinds', 'pass', enterprises('1', '0', ['0', '0', '0'])],
    ['no champion or giant, a kind blank', 'unknown', enterprises('0', '0', ['9', '', '0'])],
  ],
  // 「二氧化碳排放量强度持续下降」: each year strictly below the one before.
  co2: [
    ['falling by 0.01 a year', 'pass', co2('0.30', '0.29', '0.28')],
    ['flat in the last year', 'fail', co2('0.30', '0.29', '0.29')],
    ['rising by 0.01 in the last year', 'fail', co2('0.30', '0.29', '0.30')],
  ],
};

const BOUNDS: Record<string, string> = {
  area: 'soft',
  output: 'inclusive',
  smeShare: 'inclusive',
  leadingShare: 'exclusive',
  growth: 'exclusive',
  rdGrowth: 'exclusive',
  patentGrowth: 'inclusive',
  patentsPer10k: 'inclusive',
  iipRate: 'inclusive',
  enterprises: 'inclusive',
  co2: 'exclusive',
};

describe.each(['sc-2023', 'hb-2024'] as const)('national-2022 on %s', (noticeId) => {
  describe.each(Object.entries(table))('%s', (id, rows) => {
    test.each(rows)('%s → %s', (_, verdict, cells) => {
      const result = criterion(noticeId, withCells(noticeId, cells(noticeId, years(noticeId))), `national-2022.${id}`);
      expect(result.verdict).toBe(verdict);
      expect(result.bound).toBe(BOUNDS[id]);
    });
  });

  test('「一般不超过」: 100.01 平方公里 is a caution (explain why), not a failure', () => {
    const result = criterion(noticeId, withCells(noticeId, [['area', '100.01']]), 'national-2022.area');
    expect([result.verdict, result.severity]).toEqual(['caution', 'warning']);
    expect(result.reason).toContain('一般不超过');
  });

  test('a hard threshold fails as an error', () => {
    const result = criterion(
      noticeId,
      withCells(noticeId, [[['leadingIndustryShare', years(noticeId)[2]!], '70.00']]),
      'national-2022.leadingShare',
    );
    expect([result.verdict, result.severity]).toEqual(['fail', 'error']);
    expect(result.reason).toBe('按最近一年（' + years(noticeId)[2] + '年）数据判断；要求 > 70%（“高于”不含本数）：不符合。');
  });

  test('a missing value is 无法判断 and says what is missing', () => {
    const result = criterion(noticeId, withCells(noticeId, [['inventionPatentCagr', '']]), 'national-2022.patentGrowth');
    expect(result.verdict).toBe('unknown');
    expect(result.reason).toMatch(/^无法判断（缺少数据）：/);
  });

  test('qualitative items are declared by the user', () => {
    const ctx = ctxOf(noticeId);
    const values = withCells(noticeId, []);
    const id = 'national-2022.rank';
    expect(eligibilityReport(ctx, values, { [id]: true }).find((r) => r.id === id)?.verdict).toBe('declared');
    expect(eligibilityReport(ctx, values, {}).find((r) => r.id === id)?.verdict).toBe('undeclared');
  });
});
