// MIIT 2024 form, sections 六、开放合作情况 and 七、治理和服务水平.
import { countList, narrative, num, ticks } from '../build';
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
    countList('industryAlliances', '集群内产业联盟组织情况', { note: '（注：包括行业学会、协会等，需提供清单）' }),
    narrative('environmentNarrative', '集群发展环境情况（200字以内）', 200),
    ticks('governanceWork', '集群已开展的发展环境治理工作', [
      '建立了专业化发展促进机构、开展共商共建共享',
      '建立中小企业政策宣贯与对接机制',
      '建立了中小企业合法权益保护机制',
      '建立了公共服务效果考核机制',
      '建立安全生产源头管控和隐患排查机制',
      '运用了数字化手段提升治理能力',
    ]),
    {
      kind: 'group',
      label: '集群中小企业公共服务平台建设情况（需提供清单及佐证材料）',
      itemLabelColumn: 11,
      items: [
        countList('nationalServicePlatforms', '建设或引入的国家级中小企业公共服务示范平台名称及数量'),
        countList('provincialServicePlatforms', '建设或引入的省级中小企业公共服务示范平台名称及数量'),
        countList('otherServicePlatforms', '建设或引入的其他中小企业公共服务示范平台名称及数量'),
      ],
    },
    publicServices,
  ],
} as const satisfies SectionDefinition;
