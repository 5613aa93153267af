// MIIT 2023 form, sections 六、开放合作情况 and 七、治理和服务水平.
import { narrative, num, ticks } from '../build';
import { internationalNarrative, internationalWork, publicServices } from '../shared/options';
import type { SectionDefinition } from '../types';

export const openness = {
  id: 's6',
  number: '六',
  title: '开放合作情况',
  labelColumn: 14,
  items: [
    internationalNarrative,
    internationalWork,
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
  labelColumn: 14,
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
    publicServices,
  ],
} as const satisfies SectionDefinition;
