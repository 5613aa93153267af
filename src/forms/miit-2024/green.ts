// MIIT 2024 form, section 五、绿色化转型情况.
import { countList, narrative, num, ticks, yesNo, yesNoNa } from '../build';
import type { SectionDefinition } from '../types';

export const green = {
  id: 's5',
  number: '五',
  title: '绿色化转型情况',
  labelColumn: 14,
  items: [
    yesNo('carbonMonitoring', '是否建立集群碳排放监测机制', {
      layout: 'inline',
      concept: 'carbonMonitoring',
      note: '（如涉及，需提供佐证材料）',
      evidenceWhenYes: true,
    }),
    num('co2Intensity', '近三年集群单位产值二氧化碳排放量（吨二氧化碳/万元）', 'amount', {
      unit: '吨二氧化碳/万元',
      perYear: true,
      yearLayout: 'rows',
      concept: 'co2Intensity',
      note: '（注：单位产值二氧化碳排放量需提供计算公式）',
    }),
    num('energyIntensity', '近三年集群单位产值能耗（吨标准煤/万元）', 'amount', {
      unit: '吨标准煤/万元',
      perYear: true,
      yearLayout: 'rows',
      concept: 'energyIntensity',
      note: '（注：单位产值能耗需提供计算公式）',
    }),
    num('energyIntensityReduction', '近三年集群单位产值能耗降低率（%）', 'growth', { unit: '%', perYear: false, concept: 'energyIntensityReduction' }),
    num('solidWasteUtilisation', '大宗工业固废综合利用率（%）', 'share', { unit: '%', perYear: false, concept: 'solidWasteUtilisation' }),
    yesNoNa('solidWasteAboveAverage', '是否高于行业平均水平', '不适用', { layout: 'inline', context: '大宗工业固废综合利用率' }),
    num('waterReuse', '工业用水重复利用率（%）', 'share', { unit: '%', perYear: false, concept: 'waterReuse' }),
    yesNoNa('waterReuseAboveAverage', '是否高于行业平均水平', '不适用', { layout: 'inline', context: '工业用水重复利用率' }),
    narrative('greenNarrative', '集群绿色低碳相关工作情况（200字以内）', 200),
    ticks('greenWork', '集群已开展的绿色低碳相关工作', [
      '开展了节能诊断，建立节能管控系统、余热余压回收设施等',
      '开展了碳排放和碳足迹监测与核算等',
      '建立了水资源梯级循环利用、工业废弃物分类分级利用设施等',
      '开展了清洁生产评价等工作',
      '开展了绿色制造系统解决方案推广',
    ]),
    {
      kind: 'group',
      label: '集群绿色制造体系建设水平',
      itemLabelColumn: 10,
      note: '（注：包括绿色工厂、绿色工业园区、绿色供应链管理企业、绿色设计产品等，需提供清单及佐证材料）',
      items: [
        countList('nationalGreen', '国家级绿色制造体系建设情况'),
        countList('provincialGreen', '省级绿色制造体系建设情况'),
        countList('otherGreen', '其他绿色制造体系建设情况'),
      ],
    },
  ],
} as const satisfies SectionDefinition;
