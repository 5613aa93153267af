// The Guangdong provincial criteria (粤工信服务函〔2023〕4号 第十三条) on the Guangdong form (gd-2023): every threshold
// at its limit and one cent either side; where the text differs from the national standard, the verdict differs too.
import { describe, expect, test } from 'vitest';
import { cagrOutput, co2, iip, per10k, rdGrowth, years } from './boundaries';
import type { Row } from './boundaries';
import { criterion, withCells } from './support';

const N = 'gd-2023' as const;
const y = years(N);
const quality = (champions: string, giants: string, combined: string) => () =>
  [
    [['singleChampionCount', y[2]!], champions],
    [['littleGiantCount', y[2]!], giants],
    [['qualityEnterpriseCount', y[2]!], combined],
  ] as const;

const table: Record<string, readonly [bound: string, rows: readonly Row[]]> = {
  // 「占地面积不超过100平方公里」: a hard limit (the national text says 「一般不超过」).
  area: [
    'inclusive',
    [
      ['99.99', 'pass', () => [['area', '99.99']]],
      ['100.00', 'pass', () => [['area', '100.00']]],
      ['100.01', 'fail', () => [['area', '100.01']]],
    ],
  ],
  output: [
    'inclusive',
    [
      ['39.99', 'fail', () => [[['totalOutput', y[0]!], '39.99']]],
      ['40.00', 'pass', () => [[['totalOutput', y[0]!], '40.00']]],
      ['40.01', 'pass', () => [[['totalOutput', y[0]!], '40.01']]],
    ],
  ],
  // 「中小企业产值占集群总产值高于70%」: exclusive (the national text says 「70%以上」).
  smeShare: [
    'exclusive',
    [
      ['69.99', 'fail', () => [[['smeOutputShare', y[2]!], '69.99']]],
      ['70.00', 'fail', () => [[['smeOutputShare', y[2]!], '70.00']]],
      ['70.01', 'pass', () => [[['smeOutputShare', y[2]!], '70.01']]],
    ],
  ],
  leadingShare: [
    'exclusive',
    [
      ['69.99', 'fail', () => [[['leadingIndustryShare', y[2]!], '69.99']]],
      ['70.00', 'fail', () => [[['leadingIndustryShare', y[2]!], '70.00']]],
      ['70.01', 'pass', () => [[['leadingIndustryShare', y[2]!], '70.01']]],
    ],
  ],
  growth: [
    'exclusive',
    [
      ['9.99 %', 'fail', cagrOutput('120.98')],
      ['10.00 %', 'fail', cagrOutput('121.00')],
      ['10.01 %', 'pass', cagrOutput('121.02')],
    ],
  ],
  rdGrowth: [
    'exclusive',
    [
      ['9.99 % a year', 'fail', rdGrowth('', '9.99')],
      ['10.00 % a year', 'fail', rdGrowth('', '10.00')],
      ['10.01 % a year', 'pass', rdGrowth('', '10.01')],
    ],
  ],
  patentGrowth: [
    'inclusive',
    [
      ['14.99', 'fail', () => [['inventionPatentCagr', '14.99']]],
      ['15.00', 'pass', () => [['inventionPatentCagr', '15.00']]],
      ['15.01', 'pass', () => [['inventionPatentCagr', '15.01']]],
    ],
  ],
  patentsPer10k: [
    'inclusive',
    [
      ['14.99', 'fail', per10k('1499')],
      ['15.00', 'pass', per10k('1500')],
      ['15.01', 'pass', per10k('1501')],
    ],
  ],
  iipRate: [
    'inclusive',
    [
      ['14.99', 'fail', iip('', '14.99')],
      ['15.00', 'pass', iip('', '15.00')],
      ['15.01', 'pass', iip('', '15.01')],
    ],
  ],
  // 「不少于1家…国家级制造业单项冠军企业或专精特新“小巨人”企业，或者不少于10家国家级高新技术企业、省级专精特新中小企业、
  // 创新型中小企业和链主企业、单项冠军企业」: the Guangdong form's combined row.
  enterprises: [
    'inclusive',
    [
      ['none, 9 in the combined row', 'fail', quality('0', '0', '9')],
      ['none, 10 in the combined row', 'pass', quality('0', '0', '10')],
      ['one 小巨人, 0 in the combined row', 'pass', quality('0', '1', '0')],
      ['none, the combined row blank', 'unknown', quality('0', '0', '')],
    ],
  ],
  co2: [
    'exclusive',
    [
      ['falling', 'pass', co2('0.30', '0.29', '0.28')],
      ['flat', 'fail', co2('0.30', '0.30', '0.28')],
    ],
  ],
};

describe.each(Object.entries(table))('gd-provincial-2023 %s', (id, [bound, rows]) => {
  test.each(rows)('%s → %s', (_, verdict, cells) => {
    const result = criterion(N, withCells(N, cells(N, y)), `gd-provincial-2023.${id}`);
    expect([result.verdict, result.bound]).toEqual([verdict, bound]);
  });
});

describe('where the Guangdong text differs from the national one', () => {
  test('「不超过」 is a hard limit: 100.01 平方公里 fails as an error', () => {
    const result = criterion(N, withCells(N, [['area', '100.01']]), 'gd-provincial-2023.area');
    expect([result.verdict, result.severity, result.bound]).toEqual(['fail', 'error', 'inclusive']);
  });

  test('sources cite 第十三条 and its item', () => {
    expect(criterion(N, withCells(N, []), 'gd-provincial-2023.smeShare').source).toBe('粤工信服务函〔2023〕4号 第十三条（二）');
    expect(criterion(N, withCells(N, []), 'gd-provincial-2023.accidents').source).toBe('粤工信服务函〔2023〕4号 第十三条（一）');
  });

  test('the rank is 全省前列, a qualitative item', () => {
    const result = criterion(N, withCells(N, []), 'gd-provincial-2023.rank');
    expect([result.clause, result.kind, result.verdict]).toEqual(['发展水平位居细分领域全省前列', 'qualitative', 'undeclared']);
  });
});
