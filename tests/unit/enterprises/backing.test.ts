// The form's figures against its enterprises: which cells the table backs in each form version, in the field's
// unit, compared with what is typed; and the 认定标准自查 judged on the table where the form has no number.
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { formVersions } from '../../../src/forms/registry';
import { eligibilityWithEnterprises } from '../../../src/enterprises/eligibility';
import { enterpriseOffers, suppliedValues } from '../../../src/enterprises/offers';
import { eligibilityReport } from '../../../src/rules';
import { fourEnterprises } from '../../fixtures/enterprises';

const gd = formVersions['gd-2023'];
const hb = formVersions['miit-2024'];
const offer = (offers: ReturnType<typeof enterpriseOffers>, id: string, year?: number) => offers.find((o) => o.field.id === id && o.year === year);

describe('Guangdong 2023: 2020–2022 cells, the 2019 column only as the base of 2020 growth', () => {
  const rows = fourEnterprises(gd);
  const offers = enterpriseOffers(gd, { totalOutput: { '2020': '25.35', '2022': '30' } }, rows);

  test('集群总产值 per year is the 产值 total; an equal typed value agrees, another differs', () => {
    expect(offers.filter((o) => o.field.id === 'totalOutput').map((o) => [o.year, o.text, o.differs])).toEqual([
      [2020, '25.35', false],
      [2021, '25.25', false],
      [2022, '32.95', true],
    ]);
    expect(offer(offers, 'totalOutput', 2022)!.basis).toBe('一企一表 4 家企业“产值（亿元）2022年”合计');
  });

  test('出口增长率 2020 uses 2019, over the enterprises reporting both; 研发经费增速 likewise', () => {
    expect(offer(offers, 'exportGrowth', 2020)!.text).toBe('7.87');
    expect(offer(offers, 'rdSpendGrowth', 2022)!.text).toBe('14.30');
  });

  test('从业人员 (a single value) is the 2022 total; 研发人员占比 the ratio of totals in %', () => {
    expect(offer(offers, 'smeEmployees')!.text).toBe('1640');
    expect(offer(offers, 'rdStaffShare')!.text).toBe((227 / 1640 * 100).toFixed(2));
  });

  test('工业软件采购金额 (section 四) is backed too; 集群企业数量 counts enterprises with 产值', () => {
    expect(offer(offers, 'industrialSoftwareSpend', 2022)!.text).toBe('385.00');
    expect(offer(offers, 'enterpriseCount', 2021)!.text).toBe('3');
  });
});

describe('MIIT 2024: 2021–2023 cells, 研发经费 in 亿元 from 万元, 从业人员 only for 2023', () => {
  const rows = fourEnterprises(hb);
  const offers = enterpriseOffers(hb, {}, rows);

  test('研发投入 (万元) total converted to the form’s 亿元', () => {
    expect(offer(offers, 'rdSpend', 2023)!.text).toBe('1.06');
    expect(offer(offers, 'rdSpend', 2023)!.basis).toContain('换算为亿元');
  });

  test('per-year 从业人员数量 is backed only for the data year (the table asks for that year alone)', () => {
    expect(offers.filter((o) => o.field.id === 'smeEmployees').map((o) => o.year)).toEqual([2023]);
  });

  test('a national form’s table also has the year before its first report year', () => {
    expect(offer(offers, 'exportGrowth', 2021)!.text).toBe('7.87');
  });
});

describe('认定标准自查 with the enterprise list', () => {
  const ctx = resolveNotice('gd-2023');
  const rows = fourEnterprises(gd);

  test('without 集群总产值 the 40亿 criterion is judged on the table, and says so', () => {
    const plain = eligibilityReport(ctx, {}, {}).find((r) => r.id === 'gd-provincial-2023.output')!;
    const withTable = eligibilityWithEnterprises(ctx, {}, {}, rows).find((r) => r.id === 'gd-provincial-2023.output')!;
    expect(plain.verdict).toBe('unknown');
    expect(withTable.verdict).toBe('fail');
    expect(withTable.reason).toContain('据一企一表合计：表中未填的 集群总产值（亿元） 2020年 25.35');
  });

  test('typed values are never replaced; a criterion the table does not change keeps its own wording', () => {
    const values = { totalOutput: { '2020': '45', '2021': '50', '2022': '55' } };
    const supplied = suppliedValues(values, enterpriseOffers(gd, values, rows));
    expect(supplied.values['totalOutput']).toEqual(values.totalOutput);
    const report = eligibilityWithEnterprises(ctx, values, {}, rows);
    expect(report.find((r) => r.id === 'gd-provincial-2023.output')!.reason).not.toContain('据一企一表');
  });

  test('no enterprises: the report is the rules’ own', () => {
    expect(eligibilityWithEnterprises(ctx, {}, {}, [])).toEqual(eligibilityReport(ctx, {}, {}));
  });
});
