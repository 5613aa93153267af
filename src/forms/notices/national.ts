// The Ministry's own notices, open to every province: a county applies through its province's arrangements
// (its province sets the county's date), on the MIIT form of that year. Facts from the published notices.
import { deliverables } from './deliverables';
import { summaryTables } from './summaryTables';
import type { Notice } from './types';

export const nationalNotices = [
  {
    id: 'cn-2024',
    documentNumber: '工信厅企业函〔2024〕122号',
    title: '工业和信息化部办公厅关于组织推荐2024年度中小企业特色产业集群的通知',
    issuer: '工业和信息化部办公厅',
    year: 2024,
    deadline: { date: '2024-07-31', text: '2024年7月31日前（县级申报主体按所在省级中小企业主管部门通知的时间报送）', by: '各省级中小企业主管部门' },
    level: '国家级',
    formVersion: 'miit-2024',
    ruleSetId: 'national-2022',
    eligibility: '按照自愿申报原则，由所在地县级行政区划中小企业主管部门为申报主体',
    requiresProvincialRecognition: false,
    submitTo: '所在省、自治区、直辖市及计划单列市、新疆生产建设兵团中小企业主管部门（省级中小企业主管部门初审后择优推荐至工业和信息化部中小企业局）',
    copies: [
      '加盖公章的《中小企业特色产业集群申报表》《2024年度中小企业特色产业集群推荐汇总表》各一式3份',
      '电子版光盘1份',
      '通过邮政特快专递（EMS）寄送至工业和信息化部中小企业局',
    ],
    quota: '省、自治区、直辖市推荐数量不超过8个，计划单列市、新疆生产建设兵团推荐数量不超过2个',
    // Hint: the Ministry's attachment 2 is the table 鄂经信办函〔2024〕29号 reprints as its attachment 1: 集群简介 300字以内.
    summaryLimit: 300,
    summaryTable: summaryTables['cn-2024'],
    deliverables: deliverables['cn-2024'],
    source: '工信厅企业函〔2024〕122号（工业和信息化部中小企业局公布）',
  },
  {
    // Hint: 川经信办函〔2023〕220号 (seed 004) prints it as 「工信部企业函〔2023〕44号」; the Ministry's own list announcement
    // (工信部企业函〔2023〕283号) names it 工信厅企业函〔2023〕44号. Its dates and copies are not in our sources, so the
    // county follows its province's notice, and this entry says so instead of guessing.
    id: 'cn-2023',
    documentNumber: '工信厅企业函〔2023〕44号',
    title: '工业和信息化部办公厅关于组织推荐2023年度中小企业特色产业集群的通知',
    issuer: '工业和信息化部办公厅',
    year: 2023,
    deadline: { text: '以所在省级中小企业主管部门通知的时间为准', by: '各省级中小企业主管部门' },
    level: '国家级',
    formVersion: 'miit-2023',
    ruleSetId: 'national-2022',
    eligibility: '按照自愿申报原则，由所在地县级行政区划中小企业主管部门为申报主体',
    requiresProvincialRecognition: false,
    submitTo: '所在省级中小企业主管部门（初审后择优推荐至工业和信息化部）',
    copies: ['《中小企业特色产业集群申报表》及申报表中要求的佐证材料（份数和报送方式以所在省级中小企业主管部门的通知为准）'],
    // Hint: 川经信办函〔2023〕220号 附件2 reprints the Ministry's table with 集群简介 300字以内.
    summaryLimit: 300,
    summaryTable: summaryTables['cn-2023'],
    deliverables: deliverables['cn-2023'],
    source: '工信厅企业函〔2023〕44号（工信部企业函〔2023〕283号所引）',
  },
] as const satisfies readonly Notice[];
