// Guangdong 2023 form, section 五、绿色化转型情况.
import { narrative, num, ticks, yesNo, yesNoNa } from '../build';
import type { SectionDefinition } from '../types';

export const green = {
  id: 's5',
  number: '五',
  title: '绿色化转型情况',
  labelColumn: 14,
  items: [
    yesNo('carbonMonitoring', '建立了集群碳排放监测机制', {
      layout: 'inline',
      concept: 'carbonMonitoring',
      note: '（如涉及，需提供佐证材料）',
      evidenceWhenYes: true,
    }),
    num('co2Intensity', '近三年单位产值二氧化碳排放量（吨二氧化碳/万元）', 'amount', {
      unit: '吨二氧化碳/万元',
      perYear: true,
      yearLayout: 'rows',
      concept: 'co2Intensity',
      note: '（注：单位产值二氧化碳排放量需提供计算公式）',
    }),
    narrative('carbonNarrative', '开展碳达峰碳中和相关宣传、监测等工作情况（200字以内）', 200, { note: '（需提供相关佐证材料）' }),
    num('energyIntensityReduction', '近三年单位工业产值能耗降低率（%）', 'growth', { unit: '%', perYear: false, concept: 'energyIntensityReduction' }),
    num('solidWasteUtilisation', '大宗工业固废综合利用率（%）', 'share', { unit: '%', perYear: false, concept: 'solidWasteUtilisation' }),
    yesNoNa('solidWasteAboveAverage', '是否高于行业平均水平', '非工业集群，不适用', { layout: 'inline', context: '大宗工业固废综合利用率' }),
    num('waterReuse', '工业用水重复利用率（%）', 'share', { unit: '%', perYear: false, concept: 'waterReuse' }),
    yesNoNa('waterReuseAboveAverage', '是否高于行业平均水平', '非工业集群，不适用', { layout: 'inline', context: '工业用水重复利用率' }),
    narrative('resourceUseNarrative', '能源和资源综合利用工作情况（200字以内）', 200),
    ticks('resourceUseWork', '集群已开展的能源和资源综合利用工作', ['余热余压集中回收', '水资源梯级循环利用', '工业废弃物分类分级利用']),
    narrative('greenServiceNarrative', '绿色低碳公共服务总体情况（200字以内）', 200),
    ticks('greenServiceWork', '集群已具备绿色低碳公共服务能力', [
      '绿色制造系统解决方案',
      '节能诊断与服务',
      '清洁生产水平评价',
      '节能系统建设运营',
      '碳排放、碳足迹核算',
    ]),
  ],
} as const satisfies SectionDefinition;
