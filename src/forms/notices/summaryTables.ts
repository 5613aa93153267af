// Each notice's 推荐汇总表, as its attachment prints it: title, the line under it, the columns in its words, what
// the 集群简介 must say, the disclosure line. tests/unit/forms/summaryTables.test.ts holds every text to its seed.
import type { IntroClause, SummaryColumn, SummaryTableDefinition } from './submissionTypes';

const col = (label: string, source: SummaryColumn['source'], width: number, parts?: SummaryColumn['parts']): SummaryColumn => ({
  label,
  source,
  width,
  ...(parts ? { parts } : {}),
});

/** 序号 … 集群简介, with the labels of the MIIT 2024 table (seed 003 附件1); `intro` is the 简介 header as printed. */
const ministryColumns = (intro: string): SummaryColumn[] => [
  col('序号', 'serial', 3),
  col('集群名称', 'clusterName', 11),
  col('集群运营管理机构', 'operator', 11),
  col('所在省、市、县（区）', 'location', 9, ['province', 'city', 'county']),
  col('主导产业', 'leadingIndustry', 7),
  col('集群成立时间', 'foundedIn', 6),
  col(intro, 'intro', 40),
];

/** The content both national notices ask of the 简介, in their order. */
const nationalClauses: readonly IntroClause[] = [
  'industry', 'chain', 'standing', 'honours', 'output', 'smes', 'specialised', 'littleGiants', 'champions', 'standards', 'patents', 'patentsPer10k',
];

const hb2024: SummaryTableDefinition = {
  attachment: '附件1',
  title: '2024年度中小企业特色产业集群推荐汇总表',
  stampLine: '市州经信部门：（盖章）',
  contactLine: '联系人和手机：',
  columns: ministryColumns('集群简介（300字以内）'),
  introGuide:
    '（集群主导产业链条描述，行业地位，荣誉称号等。2023年，集群总产值，中小企业数量，专精特新中小企业数量，专精特新“小巨人”企业数量，制造业单项冠军数量。近三年集群中小企业主持制定国家标准和行业标准数量，中小企业有效发明专利数量，万人发明专利拥有量等。）',
  introClauses: nationalClauses,
  source: 'seed 003 附件1',
};

const sc2023: SummaryTableDefinition = {
  attachment: '附件2',
  // Hint: 附件2 prints no year, no stamp line and no contact line; its 简介 header has no limit (the cell's guide says 300字).
  title: '推荐集群汇总表',
  columns: [
    col('序号', 'serial', 3),
    col('集群名称', 'clusterName', 11),
    col('集群运营机构', 'operator', 11),
    col('所在市（县、区）', 'location', 9, ['city', 'county']),
    col('主导产业', 'leadingIndustry', 7),
    col('集群成立时间', 'foundedIn', 6),
    col('集群简介', 'intro', 40),
  ],
  introGuide:
    '集群主导产业链条描述，行业地位、荣誉称号等，2022年，集群总产值，中小企业数量，专精特新及专精特新“小巨人”、制造业单项冠军企业数量。近三年集群中小企业主持制修订国家和行业标准数量，中小企业有效发明专利数量，万人发明专利拥有量等。限300字以内。',
  introClauses: nationalClauses,
  disclosure: { label: '信息公开选项', value: '主动公开' },
  source: 'seed 004 附件2',
};

const gd2023: SummaryTableDefinition = {
  attachment: '附件3',
  title: '2023年度省级中小企业特色产业集群推荐汇总表',
  stampLine: '地级以上市中小企业主管部门：（盖章）',
  contactLine: '联系人和手机：',
  columns: ministryColumns('集群简介（150字以内）'),
  // Hint: 附件3 asks only 「150字以内」; the draft keeps to the figures the national notices ask for that fit in 150.
  introClauses: ['industry', 'standing', 'output', 'smes', 'specialised', 'littleGiants', 'champions', 'patents'],
  // Hint: printed at the foot of 附件3's page (seed 000), as 附件2 of 川经信办函〔2023〕220号 prints 信息公开选项.
  disclosure: { label: '公开方式', value: '主动公开' },
  source: 'seed 000 附件3',
};

/**
 * The Ministry's own tables. Hint: we hold no text of the Ministry's attachments; each is the table a provincial
 * seed reprints from the Ministry's notice of that year: 2024 as 鄂经信办函〔2024〕29号 附件1 (seed 003), whose stamp
 * line names Hubei's 市州经信部门 and here names the level the Ministry's notice addresses (its own term
 * 「省级中小企业主管部门」); 2023 as 川经信办函〔2023〕220号 附件2 (seed 004).
 */
const cn2024: SummaryTableDefinition = { ...hb2024, attachment: '附件2', stampLine: '省级中小企业主管部门：（盖章）', source: 'seed 003 附件1（转载工信厅企业函〔2024〕122号附件2）' };
const { disclosure: _sichuanOwn, ...sc2023Table } = sc2023;
const cn2023: SummaryTableDefinition = { ...sc2023Table, source: 'seed 004 附件2（转载工信厅企业函〔2023〕44号的汇总表）' };

export const summaryTables = { 'cn-2024': cn2024, 'cn-2023': cn2023, 'gd-2023': gd2023, 'sc-2023': sc2023, 'hb-2024': hb2024 } as const;
