// Guangdong 2023 form, section 四、数字化升级情况.
import { num, yesNo } from '../build';
import { digitalServiceNarrative, digitalServiceWork, newModelItems } from '../shared/options';
import type { SectionDefinition } from '../types';

export const digital = {
  id: 's4',
  number: '四',
  title: '数字化升级情况',
  labelColumn: 11,
  items: [
    num('cloudRate', '企业上云比例（%）', 'share', { unit: '%', perYear: false, concept: 'cloudRate' }),
    num('iipRate', '集群工业互联网平台应用普及率（%）', 'share', { unit: '%', perYear: false, concept: 'iipRate' }),
    yesNo('industrialSoftwareImproving', '工业软件应用率稳步提升', { layout: 'inline', concept: 'industrialSoftwareImproving' }),
    num('industrialSoftwareSpend', '工业软件采购金额（万元）', 'amount', { unit: '万元', perYear: true, concept: 'industrialSoftwareSpend' }),
    digitalServiceNarrative,
    digitalServiceWork,
    {
      kind: 'group',
      label: '数字化新模式新业态推广情况',
      items: newModelItems,
    },
  ],
} as const satisfies SectionDefinition;
