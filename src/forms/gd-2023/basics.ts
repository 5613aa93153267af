// Guangdong 2023 form, section 一、基本情况.
// Hint: every question here is worded positively (「不属于」「未发生」「不存在」「高于」), so 「是」 is compliant;
// the third option reads 「不涉及」, and the last row asks about 市级 recognition.
import { yesNo, yesNoNa } from '../build';
import { areaField, contactRow, industryTypeField } from '../shared/basics';
import type { SectionDefinition } from '../types';

export const basics = {
  id: 's1',
  number: '一',
  title: '基本情况',
  labelColumn: 27,
  items: [
    { kind: 'mirror', of: 'clusterName', label: '集群名称', hint: '（中小企业特色产业集群（XX产业））' },
    { kind: 'mirror', of: 'competentDept', label: '县（市、区）中小企业主管部门' },
    contactRow('dept', '县（市、区）中小企业主管部门'),
    { kind: 'mirror', of: 'operator', label: '集群运营管理机构' },
    contactRow('operator', '集群运营管理机构'),
    areaField,
    industryTypeField,
    yesNo('prohibitedIndustry', '集群主导产业不属于国家规定的禁止、限制和淘汰类产业', {
      concept: 'prohibitedIndustry',
      compliantAnswers: ['yes'],
    }),
    yesNo('majorAccident', '近三年未发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件', {
      concept: 'majorAccident',
      compliantAnswers: ['yes'],
    }),
    yesNo('taxViolation', '不存在偷税漏税、违法违规、严重失信和其他重大问题的行为', {
      concept: 'taxViolation',
      compliantAnswers: ['yes'],
    }),
    yesNoNa('energyEfficiency', '属于高耗能行业的集群，能效水平高于行业基准值', '不涉及', {
      concept: 'energyEfficiency',
      compliantAnswers: ['yes', 'na'],
    }),
    yesNoNa('waterEfficiency', '属于高用水行业的集群，水效水平高于行业基准值', '不涉及', {
      concept: 'waterEfficiency',
      compliantAnswers: ['yes', 'na'],
    }),
    yesNo('priorRecognition', '获得市级中小企业特色产业集群', { concept: 'priorRecognition' }),
  ],
} as const satisfies SectionDefinition;
