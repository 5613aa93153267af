// MIIT 2024 form, section 三、创新能力情况.
import { num } from '../build';
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
        num('rdIntensity', '集群中小企业研发投入强度（%）', 'share', { unit: '%', perYear: true, concept: 'rdIntensity' }),
        num('rdSpend', '集群中小企业研发经费总额（亿元）', 'amount', { unit: '亿元', perYear: true, concept: 'rdSpend' }),
        num('smeEmployees', '集群中小企业从业人员数量', 'count', { perYear: true, concept: 'smeEmployees' }),
        num('rdStaff', '集群中小企业研发人员数量', 'count', { perYear: true, concept: 'rdStaff' }),
        num('ipGrants', '集群中小企业知识产权授权量', 'count', { perYear: true, concept: 'ipGrants' }),
        {
          kind: 'standards',
          id: 'standards',
          label: '近三年集群中小企业主持（起草单位排名前三位）或参与制修订标准数量情况（需提供清单）',
          concept: 'standards',
        },
      ],
    },
    {
      kind: 'group',
      label: '创新平台建设情况（需提供清单及佐证材料）',
      itemLabelColumn: 7,
      items: [
        ...platformLists,
      ],
    },
    num('pctApplications', '集群中小企业PCT国际专利申请量', 'count', { perYear: false, concept: 'pctApplications' }),
    num('inventionPatentCagr', '近三年集群中小企业有效发明专利年均增速（%）', 'growth', { unit: '%', perYear: false, concept: 'inventionPatentCagr' }),
    num('inventionPatentsPer10k', '集群中小企业从业人员每万人有效发明专利拥有量', 'amount', { perYear: false, concept: 'inventionPatentsPer10k' }),
    inventionPatentsField('（需提供清单及佐证材料）'),
  ],
} as const satisfies SectionDefinition;
