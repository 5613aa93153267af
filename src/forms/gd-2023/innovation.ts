// Guangdong 2023 form, section 三、创新能力情况.
import { narrative, num, ticks } from '../build';
import { inventionPatentsField, platformLists } from '../shared/options';
import type { SectionDefinition } from '../types';

export const innovation = {
  id: 's3',
  number: '三',
  title: '创新能力情况',
  labelColumn: 14,
  items: [
    {
      kind: 'yearTable',
      header: '年度',
      items: [
        num('rdIntensity', '集群中小企业近三年研发投入强度（%）', 'share', { unit: '%', perYear: true, concept: 'rdIntensity' }),
        num('rdSpendGrowth', '集群近三年研发经费增速（%）', 'growth', { unit: '%', perYear: true, concept: 'rdSpendGrowth' }),
        {
          kind: 'standards',
          id: 'standards',
          label: '集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准数量情况（需提供清单）',
          concept: 'standards',
        },
      ],
    },
    {
      kind: 'group',
      label: '创新平台建设情况',
      itemLabelColumn: 7,
      items: [
        ...platformLists,
      ],
    },
    num('smeEmployees', '集群内中小企业从业人员数量', 'count', { perYear: false, concept: 'smeEmployees' }),
    num('rdStaffShare', '集群内研发人员占从业人员比例（%）', 'share', { unit: '%', perYear: false, concept: 'rdStaffShare' }),
    num('inventionPatentCagr', '集群有效发明专利年均增速（%）', 'growth', { unit: '%', perYear: false, concept: 'inventionPatentCagr' }),
    num('inventionPatentsPer10k', '集群每万人有效发明专利拥有量', 'amount', { perYear: false, concept: 'inventionPatentsPer10k' }),
    inventionPatentsField('（需提供清单）'),
    narrative('innovationNarrative', '协同创新总体情况（200字以内）', 200),
    ticks('innovationWork', '集群已开展的协同创新工作', [
      '绘制了集群主导产业技术路线图',
      '形成了集群技术难点清单或创新项目库',
      '建立了“揭榜挂帅”、“赛马”或众创众包等激励机制',
      '联合集群上下游企业，组建了创新联合体，并开展了产业链联合攻关',
      '集群引入了高等院校、科研院所开展核心和关键共性技术产学研协同创新',
    ]),
  ],
} as const satisfies SectionDefinition;
