// 粤工信服务函〔2023〕6号 附件2「佐证材料清单」, verbatim (seed 000): the 26 items the notice asks to be submitted
// with the 申报表 (「并提交佐证材料清单（见附件2）中要求的佐证材料」). `fields` names the entries of the gd-2023 form
// an item is about, so the evidence page can show what the draft answered there; `when` marks 「（如有）」 items
// that the form itself answers (the 产业链图谱 and 碳排放监测机制 questions).
import type { EvidenceChecklist } from './types';

export const gd2023Checklist = {
  title: '佐证材料清单',
  source: '粤工信服务函〔2023〕6号 附件2',
  sections: [
    {
      heading: '一、主导产业情况',
      items: [
        { number: 1, text: '提供集群内企业名单；', fields: ['enterpriseCount', 'smeCount'] },
        { number: 2, text: '提供集群内每个企业发展情况表（简称“一企一表”），由集群内每个企业填写并加盖企业公章（见表 1）；', document: 'enterpriseForms' },
        { number: 3, text: '提供“一企一表”中每个企业发展情况表统计汇总表；', document: 'enterpriseSummary' },
        { number: 4, text: '提供集群内专精特新企业名单；', fields: ['specializedSmeCount'] },
        { number: 5, text: '提供集群内专精特新“小巨人”企业名单；', fields: ['littleGiantCount'] },
        { number: 6, text: '提供集群内制造业单项冠军企业名单；', fields: ['singleChampionCount'] },
        { number: 7, text: '提供集群内国家级高新技术企业和创新型中小企业名单；', fields: ['qualityEnterpriseCount'] },
        { number: 8, text: '提供集群绘制的产业链图谱（如有）；', fields: ['chainMap'], when: { field: 'chainMap', answer: 'yes' } },
        { number: 9, text: '提供集群已开展的制造资源共享工作佐证材料；', fields: ['sharingWork'] },
        { number: 10, text: '提供集群协同发展情况佐证材料；', fields: ['collaborationNarrative'] },
        { number: 11, text: '提供集群已开展的质量品牌建设工作佐证材料；', fields: ['qualityWork'] },
      ],
    },
    {
      heading: '二、创新能力情况',
      items: [
        { number: 12, text: '提供集群中小企业近三年主持（起草单位排名前三位）或参与制修订标准清单；', fields: ['standards'] },
        {
          number: 13,
          text: '提供集群内中小企业有效发明专利拥有量（包括发明专利、国防专利、植物新品种、国家级农作物品种、国家新药、国家一级中药保护品种、集成电路布图设计专有权等）清单；',
          fields: ['inventionPatents'],
        },
        { number: 14, text: '提供集群已开展的协同创新工作佐证材料；', fields: ['innovationWork'] },
      ],
    },
    {
      heading: '三、数字化升级情况',
      items: [
        { number: 15, text: '提供集群已开展的数字化服务工作佐证材料；', fields: ['digitalServiceWork'] },
        { number: 16, text: '提供集群已开展的数字化新模式新业态推广工作佐证材料；', fields: ['newModelWork'] },
      ],
    },
    {
      heading: '四、绿色化转型情况',
      items: [
        { number: 17, text: '建立集群碳排放监测机制佐证材料（如有）；', fields: ['carbonMonitoring'], when: { field: 'carbonMonitoring', answer: 'yes' } },
        { number: 18, text: '提供开展碳达峰碳中和相关宣传、检测等工作情况佐证材料；', fields: ['carbonNarrative'] },
        { number: 19, text: '提供集群已开展的能源和资源综合利用工作佐证材料；', fields: ['resourceUseWork'] },
        { number: 20, text: '提供集群已具备绿色低碳公共服务能力佐证材料；', fields: ['greenServiceWork'] },
      ],
    },
    {
      heading: '五、开放合作情况',
      items: [
        { number: 21, text: '提供集群已开展的国际合作交流活动佐证材料；', fields: ['internationalWork'] },
        { number: 22, text: '提供集群或集群内企业在境外设立分支机构的清单及佐证材料；', fields: ['overseasBranches'] },
      ],
    },
    {
      heading: '六、治理和服务水平',
      items: [
        { number: 23, text: '提供集群已建设的中小企业公共服务平台情况佐证材料；', fields: ['servicePlatforms'] },
        { number: 24, text: '提供集群已提供的中小企业公共服务情况佐证材料；', fields: ['publicServices'] },
        { number: 25, text: '提供集群开展的治理工作情况佐证材料；', fields: ['governanceWork'] },
      ],
    },
    {
      heading: '七、发展规划情况',
      items: [{ number: 26, text: '提供中小企业特色产业集群发展规划（2023—2025年）。', fields: ['planOverview'] }],
    },
  ],
  // Hint: 表1 is filled and stamped by each enterprise, not by the applicant; the product gives the blank form and
  // totals what comes back (一企一表 page).
  note: '表1《企业发展情况表》由集群内每个企业填写并加盖企业公章（产值、研发投入、工业软件采购额、出口贸易额为2019—2022年，从业人员数、研发人员数为2022年）；空白表1和统计汇总表可在“一企一表”页下载。',
} as const satisfies EvidenceChecklist;
