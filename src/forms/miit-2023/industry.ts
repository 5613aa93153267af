// MIIT 2023 form, section 二、主导产业情况.
// Hint: single-value rows (年均增速, 创新型中小企业数量, the two 累计增长率) are merged across the year columns in seed 004.
import { narrative, num, ticks } from '../build';
import type { SectionDefinition } from '../types';

export const industry = {
  id: 's2',
  number: '二',
  title: '主导产业情况',
  labelColumn: 13,
  items: [
    {
      kind: 'yearTable',
      labelColumn: 21,
      header: '年度',
      items: [
        num('totalOutput', '集群总产值（亿元）', 'amount', { unit: '亿元', perYear: true, concept: 'totalOutput' }),
        num('smeOutputShare', '集群内中小企业产值占集群总产值比例（%）', 'share', { unit: '%', perYear: true, concept: 'smeOutputShare' }),
        num('leadingIndustryShare', '集群主导产业产值占集群总产值比例（%）', 'share', { unit: '%', perYear: true, concept: 'leadingIndustryShare' }),
        num('leadingIndustryGrowth', '集群主导产业产值增速（%）', 'growth', { unit: '%', perYear: true, concept: 'leadingIndustryGrowth' }),
        num('leadingIndustryCagr', '近三年主导产业产值年均增速（%）', 'growth', { unit: '%', perYear: false, concept: 'leadingIndustryCagr' }),
        num('enterpriseCount', '集群企业数量', 'count', { perYear: true, concept: 'enterpriseCount' }),
        num('smeCount', '其中：集群中小企业数量', 'count', { perYear: true, concept: 'smeCount' }),
        num('specializedSmeCount', '主导产业相关的省级专精特新中小企业数量', 'count', { perYear: true, concept: 'specializedSmeCount' }),
        num('littleGiantCount', '主导产业相关的国家级专精特新“小巨人”企业数量', 'count', { perYear: true, concept: 'littleGiantCount' }),
        num('singleChampionCount', '主导产业相关的国家级制造业单项冠军企业数量', 'count', { perYear: true, concept: 'singleChampionCount' }),
        num('highTechCount', '主导产业相关的国家级高新技术企业数量', 'count', { perYear: true, concept: 'highTechCount' }),
        num('innovativeSmeCount', '主导产业相关的创新型中小企业数量', 'count', { perYear: false, concept: 'innovativeSmeCount' }),
        num('fdiGrowth', '近三年集群外商直接投资额累计增长率（%）', 'growth', { unit: '%', perYear: false, concept: 'fdiGrowth' }),
        num('exportGrowth', '近三年集群主导产品出口贸易额累计增长率（%）', 'growth', { unit: '%', perYear: false, concept: 'exportGrowth' }),
      ],
    },
    narrative('chainNarrative', '集群产业链强链补链情况（200字以内）', 200),
    ticks('chainWork', '集群已开展的产业链强链补链工作', [
      '绘制产业链图谱，开展产业链培育',
      '形成产业链技术难点清单或创新项目库，建立“揭榜挂帅”、“赛马”或众创众包等激励机制',
      '联合集群上下游企业，组建创新联合体，开展产业链联合攻关',
      '引入高等院校、科研院所，开展产业链关键环节产学研协同创新',
      '建有产业链上下游产供销一体化协同协作机制',
      '与产业链“链主”企业建立稳定合作配套关系',
      '与先进制造业集群、国家新型工业化产业示范基地建立稳定合作配套关系',
      '开展供应链风险评估工作，建立供应链风险防范机制',
    ]),
    narrative('resourceNarrative', '集群内产业链资源协同协作情况（200字以内）', 200),
    ticks('resourceWork', '集群已开展的产业链资源协同协作工作', [
      '开展通用生产设备共享',
      '开展物流、仓储、设计等服务资源共享',
      '开展人力资源共享',
      '开展同类设备和产品的集中采销',
      '建立了共享车间、共享工厂',
    ]),
    narrative('qualityNarrative', '集群质量品牌建设情况（200字以内）', 200),
    ticks('qualityWork', '集群已开展的质量品牌建设工作', [
      '开展了先进质量管理模式推广',
      '开展了质量诊断服务',
      '建立了品牌运营、品牌管理标准宣贯等机制',
      '获得了集体商标、地理标志产品批准认证或证明商标通过注册',
    ]),
  ],
} as const satisfies SectionDefinition;
