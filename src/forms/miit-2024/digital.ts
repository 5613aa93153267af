// MIIT 2024 form, section 四、数字化升级情况.
import { countList, num, yesNo } from '../build';
import { digitalServiceNarrative, digitalServiceWork, newModelItems } from '../shared/options';
import type { SectionDefinition } from '../types';

export const digital = {
  id: 's4',
  number: '四',
  title: '数字化升级情况',
  labelColumn: 12,
  items: [
    num('cloudSmeCount', '集群上云中小企业数量', 'count', { perYear: false, concept: 'cloudSmeCount' }),
    num('cloudRate', '集群中小企业上云比例（%）', 'share', { unit: '%', perYear: false, concept: 'cloudRate' }),
    num('iipSmeCount', '集群接入工业互联网平台的中小企业数量', 'count', { perYear: false, concept: 'iipSmeCount' }),
    num('iipRate', '集群中小企业工业互联网平台应用普及率（%）', 'share', { unit: '%', perYear: false, concept: 'iipRate' }),
    num('digitalRdToolRate', '集群中小企业数字化研发工具应用普及率（%）', 'share', { unit: '%', perYear: false, concept: 'digitalRdToolRate' }),
    yesNo('industrialSoftwareImproving', '工业软件应用率稳步提升', { layout: 'inline', concept: 'industrialSoftwareImproving' }),
    num('industrialSoftwareSpend', '工业软件采购金额（万元）', 'amount', { unit: '万元', perYear: true, concept: 'industrialSoftwareSpend' }),
    digitalServiceNarrative,
    digitalServiceWork,
    {
      kind: 'group',
      label: '数字化新模式新业态推广情况',
      itemLabelColumn: 12,
      items: [
        ...newModelItems,
        countList('nationalPilots', '国家级试点示范项目名称及数量'),
        countList('provincialPilots', '省级试点示范项目名称及数量'),
        countList('otherPilots', '其他试点示范项目名称及数量'),
      ],
    },
  ],
} as const satisfies SectionDefinition;
