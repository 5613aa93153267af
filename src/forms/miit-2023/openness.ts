// MIIT 2023 form, sections 六、开放合作情况 and 七、治理和服务水平.
import { narrative, num, ticks } from '../build';
import type { SectionDefinition } from '../types';

export const openness = {
  id: 's6',
  number: '六',
  title: '开放合作情况',
  items: [
    narrative('internationalNarrative', '集群国际合作交流总体情况（200字以内）', 200),
    ticks('internationalWork', '集群已开展的国际合作交流活动', [
      '建立或参与主导产业国际合作机制',
      '与境外产业园区形成较为稳定的合作关系',
      '引进了国际领先技术、先进管理经验或高端人才团队等',
      '参加中国国际中小企业博览会等展会类活动',
      '承办主导产业国际研讨会或技术交流会',
    ]),
    num('overseasBranches', '集群或集群内企业在境外设立分支机构数量', 'count', {
      unit: '个',
      perYear: false,
      concept: 'overseasBranches',
      note: '（需提供清单及相关佐证材料）',
    }),
  ],
} as const satisfies SectionDefinition;

export const governance = {
  id: 's7',
  number: '七',
  title: '治理和服务水平',
  items: [
    narrative('environmentNarrative', '集群发展环境情况（200字以内）', 200),
    ticks('governanceWork', '集群已开展的发展环境治理工作', [
      '建立了专业化发展促进机构、开展共商共建共享',
      '建立中小企业政策宣贯与对接机制',
      '建立了中小企业合法权益保护机制',
      '建立了公共服务效果考核机制',
      '建立安全生产源头管控和隐患排查机制',
      '运用了数字化手段提升治理能力',
    ]),
    ticks(
      'servicePlatforms',
      '集群中小企业公共服务平台建设情况',
      ['建设或引入国家中小企业公共服务示范平台', '建设或引入省级中小企业公共服务示范平台', '建立了中小企业公共服务平台'],
      { intro: '集群已建设的中小企业公共服务平台：' },
    ),
    ticks(
      'publicServices',
      '集群提供中小企业公共服务情况',
      ['信息服务', '创业辅导', '创新支持', '人员培训', '市场营销', '投融资服务', '管理咨询'],
      { intro: '集群已提供的中小企业公共服务：', columns: 3 },
    ),
  ],
} as const satisfies SectionDefinition;
