// The Guangdong provincial criteria: 广东省促进中小企业特色产业集群发展暂行办法 第十三条 (粤工信服务函〔2023〕4号, seed 001),
// for gd-2023. They read like the national standard and are not the same: 「占地面积不超过」 is a hard limit,
// 「中小企业产值占集群总产值高于70%」 excludes 70, the 1 must be 国家级, the 10 counts 链主企业 and 单项冠军企业 too,
// 「全省前列」, 「用云上平台」, 「近三年」 CO₂ intensity. Values of the latest report year unless the clause says 「近三年…均」.
import { above, atLeast, atMost } from '../bounds';
import type { RuleSet } from '../types';
import { answer, declared, named, threshold } from './build';
import type { ClauseRef } from './build';
import { computed, firstOf, latest, outputGrowth, sumOfLatest } from './metrics';
import { figure, standardsTotals, targetsSummary } from './observers';
import { COORDINATION, EXCHANGES, INTERNATIONAL_MECHANISMS, SHARING } from './implied';
import { anyOf, decreasing, everyYear } from './series';

const DOC = '粤工信服务函〔2023〕4号';
const G1 = '（一）统筹发展和安全';
const G2 = '（二）具有较强核心竞争力';
const G3 = '（三）优质中小企业梯度培育成效显著';
const G4 = '（四）产业链供应链协作高效';
const G5 = '（五）具有较强协同创新能力';
const G6 = '（六）数字化转型效果明显';
const G7 = '（七）具有较高绿色化发展水平';
const G8 = '（八）积极参与产业开放合作';
const G9 = '（九）具有较强治理和服务能力';

const _ref = (group: string, id: string, title: string, clause: string): ClauseRef => ({
  id: `gd-provincial-2023.${id}`,
  group,
  title,
  clause,
  source: `${DOC} 第十三条${group.slice(0, 3)}`,
});

const SAFETY = '集群企业近三年未发生较大及以上安全、质量和环境污染等事故，重大及以上网络安全事件和数据安全事件';
const COUNT_NOTE = '广东表中这两行未注明“国家级”“主导产业”，请确认所填为主导产业的国家级企业';

export const gdProvincial2023: RuleSet = {
  id: 'gd-provincial-2023',
  document: '广东省促进中小企业特色产业集群发展暂行办法（粤工信服务函〔2023〕4号）',
  title: '《广东省促进中小企业特色产业集群发展暂行办法》第十三条',
  baselines: { targetOutputCagr: 'gd-provincial-2023.growth', targetIipRate: 'gd-provincial-2023.iipRate' },
  criteria: [
    answer(_ref(G1, 'accidents', '近三年未发生较大及以上事故和重大网络、数据安全事件', SAFETY), 'majorAccident'),
    answer(
      _ref(
        G1,
        'violations',
        '近三年无偷税漏税等违法违规、严重失信等行为',
        `${SAFETY}，偷税漏税等违法违规行为，以及严重失信和其它重大问题的行为`,
      ),
      'taxViolation',
    ),
    declared(_ref(G2, 'pillar', '主导产业为县域支柱或特色产业', '集群主导产业为所在县域的支柱或特色产业')),
    answer(_ref(G2, 'policy', '符合国家产业政策和行业发展规划', '符合国家产业政策和行业发展规划要求'), 'prohibitedIndustry', {
      note: '表中只问是否属于禁止、限制和淘汰类产业；是否符合行业发展规划请另行核实',
    }),
    declared(_ref(G2, 'rank', '发展水平位居细分领域全省前列', '发展水平位居细分领域全省前列')),
    declared(_ref(G2, 'brand', '集群品牌知名度较高', '有较高的集群品牌知名度')),
    threshold(_ref(G2, 'area', '占地面积', '占地面积不超过100平方公里'), atMost(100, '平方公里', '不超过'), latest('area', '集群占地面积')),
    everyYear(_ref(G2, 'output', '近三年产值', '近三年产值均在40亿元以上'), atLeast(40, '亿元', '以上'), 'totalOutput', '集群总产值'),
    threshold(
      _ref(G2, 'smeShare', '中小企业产值占比', '中小企业产值占集群总产值高于70%'),
      above(70, '%', '高于'),
      latest('smeOutputShare', '中小企业产值占比'),
    ),
    threshold(
      _ref(G2, 'leadingShare', '主导产业产值占比', '主导产业占集群总产值比例高于70%'),
      above(70, '%', '高于'),
      latest('leadingIndustryShare', '主导产业产值占比'),
    ),
    threshold(_ref(G2, 'growth', '产值年均增速', '产值年均增速高于10%'), above(10, '%', '高于'), outputGrowth),
    declared(_ref(G3, 'cultivation', '持续开展梯度培育', '集群持续开展优质中小企业梯度培育工作')),
    anyOf(
      _ref(
        G3,
        'enterprises',
        '优质企业数量',
        '拥有不少于1家主导产业的国家级制造业单项冠军企业或专精特新“小巨人”企业，或者不少于10家国家级高新技术企业、省级专精特新中小企业、创新型中小企业和链主企业、单项冠军企业',
      ),
      [
        {
          label: `国家级单项冠军企业与“小巨人”企业（${COUNT_NOTE}）`,
          bound: atLeast(1, '家', '不少于'),
          metric: sumOfLatest([
            { concept: 'singleChampionCount', name: '制造业单项冠军企业' },
            { concept: 'littleGiantCount', name: '专精特新“小巨人”企业' },
          ]),
        },
        {
          label: '国家级高新技术企业、省级专精特新中小企业、创新型中小企业和链主企业、单项冠军企业（表中合计一行）',
          bound: atLeast(10, '家', '不少于'),
          metric: latest('qualityEnterpriseCount', '国家级高新技术企业、省级专精特新中小企业、创新型中小企业和链主企业、单项冠军企业'),
        },
      ],
    ),
    declared(_ref(G4, 'layout', '产业链布局合理', '集群产业链布局合理')),
    declared(_ref(G4, 'coordination', '产供销协同协作机制', '产业链上下游企业产供销一体化协同协作机制较完善'), undefined, COORDINATION),
    declared(_ref(G4, 'sharing', '共享机制', '建立了通用生产设备、物流、仓储、人力、设计等共享机制'), undefined, SHARING),
    declared(_ref(G4, 'supporting', '关键环节配套能力', '产业链关键环节配套能力较强')),
    threshold(
      _ref(G5, 'rdGrowth', '中小企业研发经费年均增长', '集群重视研发持续投入，近三年中小企业研发经费年均增长高于10%'),
      above(10, '%', '高于'),
      firstOf(
        computed('rdSpendCagr', '%'),
        computed('rdSpendGrowthMean', '%', '表中为“集群近三年研发经费增速”，以三年增速的复合平均近似中小企业研发经费年均增长'),
      ),
    ),
    declared(_ref(G5, 'platforms', '多元创新平台', '统筹建立了多元创新平台')),
    declared(
      _ref(
        G5,
        'cooperation',
        '产学研与大中小企业融通创新',
        '与大型企业、高校和科研院所创新合作紧密，大中小企业融通创新和产学研协同创新机制完善',
      ),
    ),
    declared(_ref(G5, 'standards', '参加标准制修订', '积极参加主导产业的标准制修订工作'), standardsTotals('gd-provincial-2023.standards')),
    declared(_ref(G5, 'coreTech', '突破关键核心技术', '突破了一批主导产业的关键核心技术')),
    threshold(
      _ref(G5, 'patentGrowth', '有效发明专利年均增长率', '有效发明专利年均增长率不低于15%'),
      atLeast(15, '%', '不低于'),
      latest('inventionPatentCagr', '有效发明专利年均增速'),
    ),
    threshold(
      _ref(G5, 'patentsPer10k', '每万人有效发明专利拥有量', '每万人有效发明专利拥有量不低于15个'),
      atLeast(15, '个', '不低于'),
      firstOf(computed('inventionPatentsPer10k', '个'), latest('inventionPatentsPer10k', '每万人有效发明专利拥有量')),
    ),
    declared(
      _ref(
        G6,
        'infrastructure',
        '信息基础设施与数字化服务',
        '集群新型信息基础设施建设水平较高，数字化装备和系统应用广泛，引入跨企业数字化解决方案、评估和诊断等服务',
      ),
    ),
    declared(
      _ref(G6, 'cloud', '“用云上平台”成效', '“用云上平台”成效显著'),
      figure('gd-provincial-2023.cloud', 'cloudRate', '上云比例', '%'),
    ),
    threshold(
      _ref(G6, 'iipRate', '工业互联网平台应用普及率', '工业互联网平台应用普及率不低于15%'),
      atLeast(15, '%', '不低于'),
      firstOf(computed('iipRate', '%'), latest('iipRate', '工业互联网平台应用普及率')),
    ),
    answer(_ref(G6, 'software', '工业软件应用率稳步提升', '工业软件应用率稳步提升'), 'industrialSoftwareImproving', { compliant: ['yes'] }),
    declared(_ref(G6, 'dataLink', '重要生产数据联通', '实现集群企业重要生产数据联通')),
    declared(_ref(G6, 'newModels', '新模式新业态与工业互联网安全', '开展主导产业数字化新模式新业态探索，建立健全工业互联网安全保障体系')),
    declared(_ref(G7, 'energyMix', '能源消费结构合理', '集群能源消费结构合理')),
    decreasing(
      _ref(G7, 'co2', '近三年二氧化碳排放量强度持续下降', '近三年二氧化碳排放量强度持续下降'),
      'co2Intensity',
      '单位产值二氧化碳排放量',
    ),
    declared(_ref(G7, 'resources', '资源利用与污染治理', '资源利用效率较高，污染物排放治理有效，建立了绿色低碳服务机制')),
    answer(_ref(G7, 'energyEfficiency', '高耗能行业能效水平', '属于高耗能行业的集群，能效水平高于行业基准值'), 'energyEfficiency', {
      wording: '高于',
    }),
    answer(_ref(G7, 'waterEfficiency', '高用水行业水效水平', '属于高用水行业的集群，水效水平高于行业基准值'), 'waterEfficiency', {
      wording: '高于',
    }),
    declared(_ref(G8, 'mechanisms', '参与国际合作机制或交流活动', '集群参与主导产业国际合作机制或交流活动'), undefined, INTERNATIONAL_MECHANISMS),
    declared(_ref(G8, 'exchanges', '技术、管理、人才或资本交流合作', '开展技术、管理、人才或资本等方面交流合作'), undefined, EXCHANGES),
    declared(
      _ref(G8, 'trade', '海外分支机构与对外贸易', '通过设置海外分支机构等方式，推动产品和服务对外贸易快速发展'),
      figure('gd-provincial-2023.trade', 'overseasBranches', '境外分支机构', '个'),
    ),
    named(_ref(G9, 'operator', '设立运营管理机构', '集群设立管委会等运营管理机构'), 'operator', '集群运营管理机构'),
    declared(_ref(G9, 'services', '公共服务体系与发展促进机制', '建立了完善的中小企业公共服务体系和专业化的集群发展促进机制')),
    declared(
      _ref(
        G9,
        'policyReach',
        '惠企政策全覆盖',
        '促进中小企业发展政策宣贯实现集群全覆盖，确保惠企政策受益主体不漏户、不漏人地清晰了解和应享尽享',
      ),
    ),
    declared(
      _ref(
        G9,
        'plan',
        '未来三年发展规划',
        '依照本办法第二章第七条，制定未来三年发展规划，发展目标要清晰、可考核，工作措施要完整、针对性强、切实可行',
      ),
      targetsSummary('gd-provincial-2023.plan'),
    ),
  ],
};
