// The values the rules compute from other fields. A spec applies to a form version when it has every concept named.
// Hint: 「近三年」 rates use what the version reports: three yearly growth rates where it has them (Guangdong, MIIT 2023),
// otherwise the three years' values, i.e. two intervals (MIIT 2024 has no year before its first).
import { cagr, compoundMean } from './spec';
import type { Concept } from '../../forms/concepts';
import type { ComputedSpec, YearIndex } from './spec';

const _growthOfLeading = (year: 1 | 2): ComputedSpec => ({
  id: `leadingIndustryGrowth.${year}`,
  label: '主导产业产值增速',
  target: { kind: 'cell', concept: 'leadingIndustryGrowth', year },
  inputs: [
    { concept: 'totalOutput', year, name: '总产值' },
    { concept: 'leadingIndustryShare', year, name: '主导产业占比' },
    { concept: 'totalOutput', year: (year - 1) as YearIndex, name: '总产值' },
    { concept: 'leadingIndustryShare', year: (year - 1) as YearIndex, name: '主导产业占比' },
  ],
  formula: ([o, s, o0, s0]) => `${o} × ${s} ÷ (${o0} × ${s0}) − 1`,
  compute: (o, s, o0, s0) => ((o * s) / (o0 * s0) - 1) * 100,
});

const _growthFromAmounts = (id: 'fdi' | 'export', year: 1 | 2): ComputedSpec => ({
  id: `${id}Growth.${year}`,
  label: id === 'fdi' ? '外商直接投资额增长率' : '主导产品出口贸易额增长率',
  target: { kind: 'cell', concept: id === 'fdi' ? 'fdiGrowth' : 'exportGrowth', year },
  inputs: [
    { concept: id === 'fdi' ? 'fdiAmount' : 'exportAmount', year, name: id === 'fdi' ? '外商直接投资额' : '出口贸易额' },
    {
      concept: id === 'fdi' ? 'fdiAmount' : 'exportAmount',
      year: (year - 1) as YearIndex,
      name: id === 'fdi' ? '外商直接投资额' : '出口贸易额',
    },
  ],
  formula: ([a, a0]) => `${a} ÷ ${a0} − 1`,
  compute: (a, a0) => (a / a0 - 1) * 100,
});

const _rdIntensity = (year: YearIndex): ComputedSpec => ({
  id: `rdIntensity.${year}`,
  label: '中小企业研发投入强度',
  target: { kind: 'cell', concept: 'rdIntensity', year },
  inputs: [
    { concept: 'rdSpend', year, name: '研发经费总额' },
    { concept: 'totalOutput', year, name: '总产值' },
    { concept: 'smeOutputShare', year, name: '中小企业产值占比' },
  ],
  // Hint: the form gives no SME revenue; SME output (总产值 × 中小企业产值占比) stands in as the denominator.
  formula: ([r, o, s]) => `${r} ÷ (${o} × ${s})`,
  compute: (r, o, s) => (r / ((o * s) / 100)) * 100,
});

const outputCagrInputs = [
  { concept: 'totalOutput', year: 0, name: '总产值' },
  { concept: 'totalOutput', year: 2, name: '总产值' },
] as const;
const _outputCagrFormula = ([o0, o2]: readonly string[]) => `(${o2} ÷ ${o0})^(1/2) − 1`;

const _shareOfSmes = (id: 'cloudRate' | 'iipRate', count: 'cloudSmeCount' | 'iipSmeCount', name: string, label: string): ComputedSpec => ({
  id,
  label,
  target: { kind: 'cell', concept: id },
  inputs: [
    { concept: count, name },
    { concept: 'smeCount', year: 'last', name: '中小企业数量' },
  ],
  formula: ([c, n]) => `${c} ÷ ${n}`,
  compute: (c, n) => (c / n) * 100,
});

/**
 * A targets-table baseline taken from the form's own figure for the baseline year (the last report year, or a
 * single year-end value), in the same unit (src/forms/shared/plan.ts).
 */
const _baselineFrom = (row: Concept, source: Concept, name: string, label: string): ComputedSpec => ({
  id: `${row}.baseline`,
  label: `${label}（基准值）`,
  target: { kind: 'baseline', concept: row },
  inputs: [{ concept: source, year: 'last', name }],
  formula: ([n]) => `表中所填${n}`,
  compute: (x) => x,
  copy: true,
});

export const computedSpecs: readonly ComputedSpec[] = [
  {
    id: 'leadingIndustryCagr',
    label: '近三年主导产业产值年均增速',
    target: { kind: 'cell', concept: 'leadingIndustryCagr' },
    inputs: [0, 1, 2].map((year) => ({ concept: 'leadingIndustryGrowth', year: year as YearIndex, name: '主导产业产值增速' })),
    formula: ([g0, g1, g2]) => `((1 + ${g0}) × (1 + ${g1}) × (1 + ${g2}))^(1/3) − 1`,
    compute: compoundMean,
  },
  {
    id: 'leadingIndustryCagr',
    label: '近三年主导产业产值年均增速',
    target: { kind: 'cell', concept: 'leadingIndustryCagr' },
    unless: 'leadingIndustryGrowth',
    inputs: [
      { concept: 'totalOutput', year: 0, name: '总产值' },
      { concept: 'leadingIndustryShare', year: 0, name: '主导产业占比' },
      { concept: 'totalOutput', year: 2, name: '总产值' },
      { concept: 'leadingIndustryShare', year: 2, name: '主导产业占比' },
    ],
    formula: ([o0, s0, o2, s2]) => `(${o2} × ${s2} ÷ (${o0} × ${s0}))^(1/2) − 1`,
    compute: (o0, s0, o2, s2) => cagr(o0 * s0, o2 * s2, 2),
  },
  _growthOfLeading(1),
  _growthOfLeading(2),
  {
    id: 'outputCagr',
    label: '集群产值年均增速',
    target: { kind: 'info', concept: 'totalOutput' },
    inputs: outputCagrInputs,
    formula: _outputCagrFormula,
    compute: (a, b) => cagr(a, b, 2),
  },
  {
    id: 'outputCagr.baseline',
    label: '集群产值年均增速（基准值）',
    target: { kind: 'baseline', concept: 'targetOutputCagr' },
    inputs: outputCagrInputs,
    formula: _outputCagrFormula,
    compute: (a, b) => cagr(a, b, 2),
  },
  {
    id: 'inventionPatentsPer10k',
    label: '每万人有效发明专利拥有量',
    target: { kind: 'cell', concept: 'inventionPatentsPer10k' },
    inputs: [
      { concept: 'inventionPatents', name: '有效发明专利拥有量' },
      { concept: 'smeEmployees', year: 'last', name: '中小企业从业人员数量' },
    ],
    formula: ([p, e]) => `${p} ÷ ${e} × 10000`,
    compute: (p, e) => (p / e) * 10000,
  },
  _baselineFrom('targetRdSpend', 'rdSpend', '研发经费总额', '研发经费投入'),
  _baselineFrom('targetInventionPatents', 'inventionPatents', '有效发明专利拥有量', '有效发明专利数量'),
  _baselineFrom('targetIipRate', 'iipRate', '工业互联网平台应用普及率', '工业互联网普及率'),
  _baselineFrom('targetCo2', 'co2Intensity', '单位产值二氧化碳排放量', '二氧化碳排放量'),
  _baselineFrom('targetEnergyIntensity', 'energyIntensity', '单位产值能耗', '单位工业产值能耗'),
  _rdIntensity(0),
  _rdIntensity(1),
  _rdIntensity(2),
  {
    id: 'rdSpendCagr',
    label: '中小企业研发经费年均增速',
    target: { kind: 'info', concept: 'rdSpend' },
    inputs: [
      { concept: 'rdSpend', year: 0, name: '研发经费总额' },
      { concept: 'rdSpend', year: 2, name: '研发经费总额' },
    ],
    formula: ([r0, r2]) => `(${r2} ÷ ${r0})^(1/2) − 1`,
    compute: (a, b) => cagr(a, b, 2),
  },
  {
    id: 'rdSpendGrowthMean',
    label: '研发经费年均增速',
    target: { kind: 'info', concept: 'rdSpendGrowth' },
    inputs: [0, 1, 2].map((year) => ({ concept: 'rdSpendGrowth', year: year as YearIndex, name: '研发经费增速' })),
    formula: ([g0, g1, g2]) => `((1 + ${g0}) × (1 + ${g1}) × (1 + ${g2}))^(1/3) − 1`,
    compute: compoundMean,
  },
  _shareOfSmes('cloudRate', 'cloudSmeCount', '上云中小企业数量', '中小企业上云比例'),
  _shareOfSmes('iipRate', 'iipSmeCount', '接入工业互联网平台的中小企业数量', '工业互联网平台应用普及率'),
  _growthFromAmounts('fdi', 1),
  _growthFromAmounts('fdi', 2),
  _growthFromAmounts('export', 1),
  _growthFromAmounts('export', 2),
  {
    id: 'energyIntensityReduction',
    label: '近三年单位产值能耗降低率',
    target: { kind: 'cell', concept: 'energyIntensityReduction' },
    inputs: [
      { concept: 'energyIntensity', year: 0, name: '单位产值能耗' },
      { concept: 'energyIntensity', year: 2, name: '单位产值能耗' },
    ],
    formula: ([e0, e2]) => `(${e0} − ${e2}) ÷ ${e0}`,
    compute: (e0, e2) => ((e0 - e2) / e0) * 100,
  },
];
