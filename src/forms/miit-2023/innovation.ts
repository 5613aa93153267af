// MIIT 2023 form, section 三、创新能力情况.
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
      label: '创新平台建设情况（需提供清单及佐证材料）',
      itemLabelColumn: 7,
      items: [
        ...platformLists,
      ],
    },
    num('smeEmployees', '集群内中小企业从业人员数量', 'count', { perYear: false, concept: 'smeEmployees' }),
    num('rdStaffShare', '集群内中小企业研发人员占从业人员比例（%）', 'share', { unit: '%', perYear: false, concept: 'rdStaffShare' }),
    num('pctApplications', '集群中小企业PCT国际专利申请量', 'count', { perYear: false, concept: 'pctApplications' }),
    num('inventionPatentCagr', '集群中小企业近三年有效发明专利年均增速（%）', 'growth', { unit: '%', perYear: false, concept: 'inventionPatentCagr' }),
    num('inventionPatentsPer10k', '集群中小企业从业人员每万人有效发明专利拥有量', 'amount', { perYear: false, concept: 'inventionPatentsPer10k' }),
    inventionPatentsField('（需提供清单及佐证材料）'),
  ],
} as const satisfies SectionDefinition;
