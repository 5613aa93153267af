// Guangdong 2023 form, sections 六、开放合作情况 and 七、治理和服务水平.
// Hint: Guangdong moves the export and FDI growth rates from section 2 into section 6, one row per year.
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
      note: '（需提供相关佐证材料）',
    }),
    num('exportGrowth', '近三年集群主导产品出口贸易额增长率（%）', 'growth', { unit: '%', perYear: true, yearLayout: 'rows', concept: 'exportGrowth' }),
    num('fdiGrowth', '近三年集群外商直接投资额增长率（%）', 'growth', { unit: '%', perYear: true, yearLayout: 'rows', concept: 'fdiGrowth' }),
  ],
} as const satisfies SectionDefinition;

export const governance = {
  id: 's7',
  number: '七',
  title: '治理和服务水平',
  labelColumn: 14,
  items: [
    narrative('governanceNarrative', '治理和服务水平情况（200字以内）', 200),
    ticks(
      'servicePlatforms',
      '中小企业公共服务平台建设情况',
      ['建设或引入国家中小企业公共服务示范平台', '建设或引入省级中小企业公共服务示范平台', '建立了中小企业公共服务平台'],
      { intro: '集群已建设的中小企业公共服务平台：' },
    ),
    publicServices,
    ticks(
      'governanceWork',
      '集群治理情况',
      ['建立了专业化发展促进机构、开展共商共建共享', '建立了中小企业合法权益保护机制', '建立了公共服务效果考核机制'],
      { intro: '集群开展的治理工作：' },
    ),
  ],
} as const satisfies SectionDefinition;
