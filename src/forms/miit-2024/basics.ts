// MIIT 2024 form, section 一、基本情况.
// Hint: this version asks 「是否属于/是否发生/是否存在」, so 「否」 is the compliant answer to those three.
import { yesNo, yesNoNa } from '../build';
import { areaField, contactRow, industryTypeField } from '../shared/basics';
import type { SectionDefinition } from '../types';

export const basics = {
  id: 's1',
  number: '一',
  title: '基本情况',
  labelColumn: 27,
  items: [
    { kind: 'mirror', of: 'clusterName', label: '集群名称', hint: '（XX（省、市）XX（县、区）XX产业））' },
    { kind: 'mirror', of: 'competentDept', label: '县级行政区划中小企业主管部门' },
    contactRow('dept', '县级行政区划中小企业主管部门'),
    { kind: 'mirror', of: 'operator', label: '集群运营管理机构' },
    contactRow('operator', '集群运营管理机构'),
    areaField,
    industryTypeField,
    yesNo('prohibitedIndustry', '集群主导产业是否属于国家规定的禁止、限制和淘汰类产业', {
      concept: 'prohibitedIndustry',
      compliantAnswers: ['no'],
    }),
    yesNo('majorAccident', '近三年是否发生较大及以上安全、质量、环境污染等事故，重大及以上网络安全事件和数据安全事件', {
      concept: 'majorAccident',
      compliantAnswers: ['no'],
    }),
    yesNo('taxViolation', '是否存在偷税漏税、违法违规、严重失信和其他重大问题的行为', {
      concept: 'taxViolation',
      compliantAnswers: ['no'],
    }),
    yesNoNa('energyEfficiency', '属于高耗能行业的集群，能效水平是否达到行业基准值', '非高耗能行业，不适用', {
      concept: 'energyEfficiency',
      compliantAnswers: ['yes', 'na'],
    }),
    yesNoNa('waterEfficiency', '属于高用水行业的集群，水效水平是否达到行业基准值', '非高用水行业，不适用', {
      concept: 'waterEfficiency',
      compliantAnswers: ['yes', 'na'],
    }),
    yesNo('priorRecognition', '是否已被认定为省级中小企业特色产业集群', { concept: 'priorRecognition' }),
  ],
} as const satisfies SectionDefinition;
