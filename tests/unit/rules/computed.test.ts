// Computed values against numbers worked out by hand from the fixtures, and the “differs by more than rounding” rule.
import { describe, expect, test } from 'vitest';
import { computedValues, validateDraft } from '../../../src/rules';
import type { ComputedValue } from '../../../src/rules';
import { ctxOf, fixtureValues, withCells } from './support';
import type { Cell, NoticeId } from './support';

const computedOf = (noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[] = []) =>
  computedValues(ctxOf(noticeId), withCells(noticeId, cells));
const byId = (list: ComputedValue[], id: string) => {
  const c = list.find((x) => x.id === id);
  if (!c) throw new Error(`no computed value ${id}`);
  return c;
};

// Hand-computed (calculator) from the fixture drafts; two decimals.
describe.each([
  // hb-2024 (MIIT 2024, 2021–2023)
  ['hb-2024', 'outputCagr', 12.55], // √(236.12 ÷ 186.40) − 1 = 12.549 %
  ['hb-2024', 'leadingIndustryCagr', 13.26], // √(236.12×87.40 ÷ (186.40×86.30)) − 1 = 13.264 %
  ['hb-2024', 'inventionPatentsPer10k', 50.0], // 286 ÷ 57200 × 10000
  ['hb-2024', 'rdIntensity.0', 3.11], // 4.78 ÷ (186.40 × 82.50 %) = 3.108 %
  ['hb-2024', 'rdIntensity.2', 3.42], // 6.75 ÷ (236.12 × 83.60 %) = 3.4195 %
  ['hb-2024', 'rdSpendCagr', 18.83], // √(6.75 ÷ 4.78) − 1 = 18.833 %
  ['hb-2024', 'cloudRate', 71.95], // 318 ÷ 442 = 71.946 %
  ['hb-2024', 'iipRate', 33.03], // 146 ÷ 442 = 33.032 %
  ['hb-2024', 'fdiGrowth.2', 9.99], // 14980 ÷ 13620 − 1 = 9.985 %
  ['hb-2024', 'exportGrowth.1', 9.41], // 389500 ÷ 356000 − 1 = 9.410 %
  ['hb-2024', 'energyIntensityReduction', 13.95], // (0.43 − 0.37) ÷ 0.43 = 13.953 %
  // gd-2023 (Guangdong, 2020–2022)
  ['gd-2023', 'outputCagr', 12.96], // √(398.75 ÷ 312.50) − 1 = 12.960 %
  ['gd-2023', 'leadingIndustryCagr', 12.40], // ∛(1.098 × 1.1489 × 1.1257) − 1 = 12.400 %
  ['gd-2023', 'leadingIndustryGrowth.1', 14.89], // 356.20×89.10 ÷ (312.50×88.40) − 1 = 14.887 %
  ['gd-2023', 'leadingIndustryGrowth.2', 12.57], // 398.75×89.60 ÷ (356.20×89.10) − 1 = 12.574 %
  ['gd-2023', 'inventionPatentsPer10k', 38.25], // 485 ÷ 126800 × 10000 = 38.249
  ['gd-2023', 'rdSpendGrowthMean', 13.03], // ∛(1.116 × 1.143 × 1.132) − 1 = 13.028 %
  // sc-2023 (MIIT 2023, 2020–2022)
  ['sc-2023', 'leadingIndustryCagr', 13.29], // ∛(1.108 × 1.1586 × 1.1328) − 1 = 13.290 %
  ['sc-2023', 'leadingIndustryGrowth.1', 15.86], // 112.30×82.60 ÷ (98.60×81.20) − 1 = 15.858 %
  ['sc-2023', 'inventionPatentsPer10k', 22.58], // 42 ÷ 18600 × 10000 = 22.581
  ['sc-2023', 'rdSpendGrowthMean', 15.77], // ∛(1.124 × 1.168 × 1.182) − 1 = 15.773 %
] as const)('%s: %s', (noticeId, id, expected) => {
  test(`is ${expected}`, () => {
    expect(byId(computedOf(noticeId), id).value).toBe(expected);
  });
});

describe('which values each version can compute', () => {
  test.each([
    [
      'gd-2023',
      [
        'leadingIndustryCagr',
        'leadingIndustryGrowth.1',
        'leadingIndustryGrowth.2',
        'outputCagr',
        'outputCagr.baseline',
        'inventionPatentsPer10k',
        'targetInventionPatents.baseline',
        'targetIipRate.baseline',
        'targetCo2.baseline',
        'rdSpendGrowthMean',
      ],
    ],
    [
      'sc-2023',
      [
        'leadingIndustryCagr',
        'leadingIndustryGrowth.1',
        'leadingIndustryGrowth.2',
        'outputCagr',
        'outputCagr.baseline',
        'inventionPatentsPer10k',
        'targetInventionPatents.baseline',
        'targetIipRate.baseline',
        'targetCo2.baseline',
        'rdSpendGrowthMean',
      ],
    ],
    [
      'hb-2024',
      [
        'leadingIndustryCagr',
        'outputCagr',
        'outputCagr.baseline',
        'inventionPatentsPer10k',
        'targetRdSpend.baseline',
        'targetInventionPatents.baseline',
        'targetIipRate.baseline',
        'targetCo2.baseline',
        'targetEnergyIntensity.baseline',
        'rdIntensity.0',
        'rdIntensity.1',
        'rdIntensity.2',
        'rdSpendCagr',
        'cloudRate',
        'iipRate',
        'fdiGrowth.1',
        'fdiGrowth.2',
        'exportGrowth.1',
        'exportGrowth.2',
        'energyIntensityReduction',
      ],
    ],
  ] as const)('%s', (noticeId, ids) => {
    expect(computedOf(noticeId).map((c) => c.id)).toEqual(ids);
  });
});

describe('typed against computed', () => {
  test('each value says where it goes and by which formula', () => {
    const c = byId(computedOf('hb-2024'), 'outputCagr.baseline');
    expect(c).toMatchObject({
      fieldId: 'planTargets',
      path: 'fixed.outputCagr.baseline',
      formula: '(2023年总产值 ÷ 2021年总产值)^(1/2) − 1',
      kind: 'field',
    });
    expect(byId(computedOf('hb-2024'), 'rdIntensity.1')).toMatchObject({
      fieldId: 'rdIntensity',
      path: '2022',
      formula: '2022年研发经费总额 ÷ (2022年总产值 × 2022年中小企业产值占比)',
    });
  });

  // 485 ÷ 126800 × 10000 = 38.2492…: both inputs are exact counts, so only the typed value's own rounding is allowed.
  test.each([
    ['38.25', false],
    ['38.24', true],
    ['38.26', true],
  ])('每万人有效发明专利拥有量 typed %s differs: %s', (typed, differs) => {
    const c = byId(computedOf('gd-2023', [['inventionPatentsPer10k', typed]]), 'inventionPatentsPer10k');
    expect([c.differs, c.suggestion]).toEqual(differs ? [true, '38.25'] : [false, null]);
  });

  // 6.75 ÷ (236.12 × 83.60 %) = 3.4195…; with the inputs' own rounding (±0.005) the range is about 3.4189–3.4201.
  test.each([
    ['3.42', false],
    ['3.41', true],
    ['3.43', true],
  ])('研发投入强度 typed %s differs: %s', (typed, differs) => {
    expect(byId(computedOf('hb-2024', [[['rdIntensity', '2023'], typed]]), 'rdIntensity.2').differs).toBe(differs);
  });

  test('a difference is a warning with the formula and the computed value, and the typed value is never overwritten', () => {
    const values = withCells('hb-2024', [['cloudRate', '70.00']]);
    const before = structuredClone(values);
    const [issue] = validateDraft(ctxOf('hb-2024'), values).filter((i) => i.rule === 'computed:cloudRate');
    expect(issue).toEqual({
      fieldId: 'cloudRate',
      severity: 'warning',
      kind: 'computed',
      message: '填写的 70.00 与按 上云中小企业数量 ÷ 2023年中小企业数量 算得的 71.95 不一致；可改用算得的值，或核实各项数据',
      rule: 'computed:cloudRate',
    });
    expect(values).toEqual(before);
  });

  test('an empty field is offered the computed value; nothing is flagged', () => {
    const c = byId(computedOf('hb-2024', [['iipRate', '']]), 'iipRate');
    expect([c.typed, c.differs, c.suggestion]).toEqual([null, false, '33.03']);
  });

  test('a missing or zero input gives no value and nothing to offer', () => {
    expect(byId(computedOf('hb-2024', [['inventionPatents', '']]), 'inventionPatentsPer10k')).toMatchObject({
      value: null,
      suggestion: null,
      differs: false,
    });
    expect(byId(computedOf('hb-2024', [[['smeCount', '2023'], '0']]), 'cloudRate')).toMatchObject({ value: null, suggestion: null });
  });

  test('informational values (no cell reports them) offer nothing to fill', () => {
    const c = byId(computedOf('hb-2024'), 'rdSpendCagr');
    expect([c.kind, c.typed, c.suggestion, c.fieldId]).toEqual(['info', null, null, 'rdSpend']);
  });

  test('computing does not change the draft', () => {
    const values = fixtureValues('sc-2023');
    const before = structuredClone(values);
    computedValues(ctxOf('sc-2023'), values);
    expect(values).toEqual(before);
  });
});

test('section 8 baselines are offered from the form’s own figures for the baseline year, in the row’s unit', () => {
  const c = computedValues(ctxOf('hb-2024'), withCells('hb-2024', [[['planTargets', 'fixed.rdSpend.baseline'], '']]));
  expect(byId(c, 'targetRdSpend.baseline')).toMatchObject({ path: 'fixed.rdSpend.baseline', value: 6.75, suggestion: '6.75', formula: '表中所填2023年研发经费总额' });
});

test('a differing baseline in section 8 names the value', () => {
  const values = withCells('gd-2023', [[['planTargets', 'fixed.outputCagr.baseline'], '12.00']]);
  const [issue] = validateDraft(ctxOf('gd-2023'), values).filter((i) => i.rule === 'computed:outputCagr.baseline');
  expect([issue?.path, `${issue?.place}：${issue?.message}`]).toEqual([
    'fixed.outputCagr.baseline',
    '集群产值年均增速（基准值）：填写的 12.00 与按 (2022年总产值 ÷ 2020年总产值)^(1/2) − 1 算得的 12.96 不一致；可改用算得的值，或核实各项数据',
  ]);
});
