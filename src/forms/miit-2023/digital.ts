// MIIT 2023 form, section 四、数字化升级情况.
import { narrative, num, ticks, yesNo } from '../build';
import type { SectionDefinition } from '../types';

export const digital = {
  id: 's4',
  number: '四',
  title: '数字化升级情况',
  items: [
    num('cloudRate', '企业上云比例（%）', 'share', { unit: '%', perYear: false, concept: 'cloudRate' }),
    num('iipRate', '集群中小企业工业互联网平台应用普及率（%）', 'share', { unit: '%', perYear: false, concept: 'iipRate' }),
    yesNo('industrialSoftwareImproving', '工业软件应用率稳步提升', { layout: 'inline', concept: 'industrialSoftwareImproving' }),
    num('industrialSoftwareSpend', '工业软件采购金额（万元）', 'amount', { unit: '万元', perYear: true, concept: 'industrialSoftwareSpend' }),
    narrative('digitalServiceNarrative', '数字化服务总体情况（200字以内）', 200),
    ticks('digitalServiceWork', '集群已开展的数字化服务工作', [
      '引入了数字化系统解决方案服务商',
      '开展了数字化共性解决方案开发和诊断等服务',
      '开展了两化融合管理体系推广工作',
      '开展了智能制造能力成熟度评估或数据管理能力成熟度评估等推广工作',
    ]),
    {
      kind: 'group',
      label: '数字化新模式新业态推广情况',
      items: [
        narrative('newModelNarrative', '智能制造、工业互联网以及其它新模式新业态试点示范建设或应用情况（200字以内）', 200),
        ticks(
          'newModelWork',
          '集群已开展的数字化新模式新业态推广工作',
          [
            '建有国家智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
            '建有省级智能制造、工业互联网以及其它国家新模式新业态试点示范项目',
            '开展了智能制造、工业互联网等新模式新业态创新应用推广',
          ],
          { intro: '集群已开展的数字化新模式新业态推广工作：' },
        ),
      ],
    },
  ],
} as const satisfies SectionDefinition;
