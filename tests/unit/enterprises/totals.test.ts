// The 统计汇总 of four enterprises against a table worked out by hand (the fixture's figures, added on paper).
import { describe, expect, test } from 'vitest';
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import { formVersions } from '../../../src/forms/registry';
import { totalOf, enterpriseTotals } from '../../../src/enterprises/totals';
import { fourEnterprises } from '../../fixtures/enterprises';

const form = formVersions['gd-2023'];
const table = enterpriseTableOf(form);
const totals = enterpriseTotals(fourEnterprises(form), table);

/**
 * By hand: 产值 2019 12.50 + 6.75 + 3.20 + 1.05 = 23.50; 2020 13.20 + 7.10 + 3.45 + 1.60 = 25.35;
 * 2021 14.85 + 8.05 + (blank) + 2.35 = 25.25 from 3 enterprises; 2022 16.30 + 9.40 + 4.10 + 3.15 = 32.95.
 * 出口 2019 9500 + 3200 + 0 + (blank) = 12700 from 3; 2020 10200 + 3500 + 0 + 300 = 14000.
 * 从业人员 860 + 420 + 210 + 150 = 1640; 研发人员 112 + 58 + 26 + 31 = 227.
 * Growth over the enterprises reporting both years: 产值 2021 25.25 ÷ (13.20 + 7.10 + 1.60 = 21.90) − 1 = 15.30 %;
 * 2022 (16.30 + 9.40 + 3.15 = 28.85) ÷ 25.25 − 1 = 14.26 %; 研发投入 2022 10550 ÷ 9230 − 1 = 14.30 %;
 * 出口 2020 (10200 + 3500 + 0 = 13700) ÷ 12700 − 1 = 7.87 %.
 */
const byHand = [
  ['output', 2019, 23.5, 4, null],
  ['output', 2020, 25.35, 4, 7.87],
  ['output', 2021, 25.25, 3, 15.3],
  ['output', 2022, 32.95, 4, 14.26],
  ['rdSpend', 2022, 10550, 4, 14.3],
  ['software', 2019, 240, 4, null],
  ['exports', 2019, 12700, 3, null],
  ['exports', 2020, 14000, 4, 7.87],
  ['employees', 2022, 1640, 4, null],
  ['rdStaff', 2022, 227, 4, null],
] as const;

describe('totals per column and year', () => {
  test.each(byHand)('%s %i: sum %d from %i enterprises, growth %s %%', (key, year, sum, reported, growth) => {
    const t = totalOf(totals, key, year)!;
    expect(t.sum).toBeCloseTo(sum, 9);
    expect(t.reported).toBe(reported);
    if (growth === null) expect(t.growth).toBeNull();
    else expect(t.growth!.toFixed(2)).toBe(growth.toFixed(2));
  });

  test('the enterprises are counted, text columns are not summed', () => {
    expect(totals.enterprises).toBe(4);
    expect(totalOf(totals, 'name')!.sum).toBeNull();
  });

  test('a cell that is not a number is left out of the sum and the count', () => {
    const rows = fourEnterprises(form);
    rows[0] = { ...rows[0]!, output: { ...rows[0]!.output, '2022': '约16亿' } };
    const t = totalOf(enterpriseTotals(rows, table), 'output', 2022)!;
    expect([t.sum, t.reported]).toEqual([16.65, 3]);
  });
});
