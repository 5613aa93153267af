// Guangdong 2023 form, section 二、主导产业情况.
// Hint: one combined count row (国家级高新技术企业、省级专精特新…单项冠军企业) instead of MIIT's separate rows,
// and its own narrative blocks and tick-box groups.
import { narrative, num, ticks, yesNo } from '../build';
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
      header: '主导产业情况（近三年）',
      items: [
        num('totalOutput', '集群总产值（亿元）', 'amount', { unit: '亿元', perYear: true, concept: 'totalOutput' }),
        num('smeOutputShare', '集群内中小企业产值占集群总产值比例（%）', 'share', { unit: '%', perYear: true, concept: 'smeOutputShare' }),
        num('leadingIndustryShare', '集群主导产业产值占集群总产值比例（%）', 'share', { unit: '%', perYear: true, concept: 'leadingIndustryShare' }),
        num('leadingIndustryGrowth', '集群主导产业产值增速（%）', 'growth', { unit: '%', perYear: true, concept: 'leadingIndustryGrowth' }),
        num('leadingIndustryCagr', '近三年主导产业产值年均增速（%）', 'growth', { unit: '%', perYear: false, concept: 'leadingIndustryCagr' }),
        num('enterpriseCount', '集群企业数量', 'count', { perYear: true, concept: 'enterpriseCount' }),
        num('smeCount', '其中：集群中小企业数量', 'count', { perYear: true, concept: 'smeCount' }),
        num('specializedSmeCount', '专精特新中小企业数量', 'count', { perYear: true, concept: 'specializedSmeCount' }),
        num('littleGiantCount', '专精特新“小巨人”企业数量', 'count', { perYear: true, concept: 'littleGiantCount' }),
        num('singleChampionCount', '制造业单项冠军企业数量', 'count', { perYear: true, concept: 'singleChampionCount' }),
        num('qualityEnterpriseCount', '国家级高新技术企业、省级专精特新中小企业、创新型中小企业和链主企业、单项冠军企业', 'count', {
          perYear: true,
          concept: 'qualityEnterpriseCount',
        }),
      ],
    },
    yesNo('chainMap', '集群是否绘制产业链图谱', { layout: 'inline', note: '（如涉及，需提供佐证材料）', evidenceWhenYes: true }),
    narrative('chainNarrative', '集群产业链培育和招商情况（200字以内）', 200),
    narrative('supplyRiskNarrative', '集群供应链风险评估情况（200字以内）', 200),
    narrative('sharingNarrative', '集群制造资源共享情况（200字以内）', 200),
    ticks('sharingWork', '集群已开展的制造资源共享工作', [
      '建有产业链上下游产供销一体化协同协作机制',
      '建立了共享制造机制，开展通用生产设备、物流、仓储、人力、设计等资源共享',
      '开展了同类设备和产品的集中采销',
      '建立了共享车间、共享工厂',
    ]),
    narrative('collaborationNarrative', '集群协同发展情况（与先进制造业集群、国家新型工业化产业示范基地或龙头企业合作情况，200字以内）', 200),
    narrative('qualityNarrative', '集群质量品牌建设情况（200字以内）', 200),
    ticks('qualityWork', '集群已开展的质量品牌建设工作', [
      '开展了先进质量管理模式推广、品牌管理标准宣贯、质量诊断服务等工作',
      '获得了集体商标、地理标志产品批准认证或证明商标通过注册',
      '建立了品牌运营机制',
      '依托质量技术基础公共服务平台，提供计量、测试、认证等服务',
    ]),
  ],
} as const satisfies SectionDefinition;
