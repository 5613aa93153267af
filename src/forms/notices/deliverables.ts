// What each notice asks to be delivered, item by item, for the 「报送」 page: its words (held to the notice by
// tests/unit/forms/summaryTables.test.ts), the medium, the copies, who stamps it and what this application writes.
import type { Deliverable } from './submissionTypes';

const FORM = '中小企业特色产业集群申报表';

const hb2024: readonly Deliverable[] = [
  {
    id: 'form',
    name: FORM,
    quote: '加盖公章的正式文件包括《2024年度中小企业特色产业集群推荐汇总表》《中小企业特色产业集群申报表》各一式1份',
    medium: '纸质',
    copies: 1,
    stamp: 'county',
    products: ['formPdf', 'formDocx'],
  },
  {
    id: 'summary',
    name: '2024年度中小企业特色产业集群推荐汇总表',
    quote: '加盖公章的正式文件包括《2024年度中小企业特色产业集群推荐汇总表》《中小企业特色产业集群申报表》各一式1份',
    medium: '纸质',
    copies: 1,
    stamp: 'recommender',
    products: ['summaryTable'],
  },
  { id: 'cd', name: '电子版光盘', quote: '电子版光盘1份', medium: '光盘', copies: 1, products: ['cdZip'] },
  { id: 'email', name: '电子版', quote: '电子版发送至zxc87122161@163.com', medium: '电子邮件', products: ['cdZip'] },
];

const gd2023: readonly Deliverable[] = [
  { id: 'form', name: FORM, quote: '《中小企业特色产业集群申报表》、佐证材料各一式4份', medium: '纸质', copies: 4, stamp: 'county', products: ['formPdf', 'formDocx'] },
  { id: 'evidence', name: '佐证材料', quote: '《中小企业特色产业集群申报表》、佐证材料各一式4份', medium: '纸质', copies: 4, products: ['evidenceList', 'enterpriseTables'] },
  { id: 'cd', name: '电子版光盘', quote: '电子版光盘一式2份', medium: '光盘', copies: 2, products: ['cdZip'] },
  {
    id: 'summary',
    name: '2023年度中小企业特色产业集群推荐汇总表',
    quote: '推荐上报文及《2023年度中小企业特色产业集群推荐汇总表》（加盖公章，见附件3）',
    medium: '纸质',
    stamp: 'recommender',
    products: ['summaryTable'],
  },
  { id: 'letter', name: '推荐上报文', quote: '推荐上报文及《2023年度中小企业特色产业集群推荐汇总表》（加盖公章，见附件3）', medium: '纸质', stamp: 'recommender', products: [] },
];

const sc2023: readonly Deliverable[] = [
  { id: 'form', name: FORM, quote: '推荐上报文件连同《中小企业特色产业集群申报表》（一式四份）', medium: '纸质', copies: 4, stamp: 'county', products: ['formPdf'] },
  { id: 'readable', name: '方便阅读的格式', quote: 'OFD或者PDF等其他方便阅读的格式', medium: '电子文件', products: ['formPdf', 'cdZip'] },
  { id: 'editable', name: '可编辑文件', quote: 'WPS、永中Office或者微软Office格式的文字、表格可编辑文件', medium: '电子文件', products: ['formDocx', 'summaryTable'] },
  { id: 'summary', name: '推荐集群汇总表', quote: '将符合要求的进行汇总（格式见附件2）', medium: '纸质', products: ['summaryTable'] },
  { id: 'letter', name: '推荐上报文件', quote: '出具推荐意见并以正式文件报送我厅', medium: '纸质', stamp: 'recommender', products: [] },
];

const cn2024: readonly Deliverable[] = [
  {
    id: 'form',
    name: FORM,
    quote: '加盖公章的《中小企业特色产业集群申报表》《2024年度中小企业特色产业集群推荐汇总表》各一式3份',
    medium: '纸质',
    copies: 3,
    stamp: 'county',
    products: ['formPdf', 'formDocx'],
  },
  {
    id: 'summary',
    name: '2024年度中小企业特色产业集群推荐汇总表',
    quote: '加盖公章的《中小企业特色产业集群申报表》《2024年度中小企业特色产业集群推荐汇总表》各一式3份',
    medium: '纸质',
    copies: 3,
    stamp: 'recommender',
    products: ['summaryTable'],
  },
  { id: 'cd', name: '电子版光盘', quote: '电子版光盘1份', medium: '光盘', copies: 1, products: ['cdZip'] },
];

const cn2023: readonly Deliverable[] = [
  {
    id: 'form',
    name: FORM,
    quote: '《中小企业特色产业集群申报表》及申报表中要求的佐证材料（份数和报送方式以所在省级中小企业主管部门的通知为准）',
    medium: '纸质',
    stamp: 'county',
    products: ['formPdf', 'formDocx'],
  },
  {
    id: 'evidence',
    name: '佐证材料',
    quote: '《中小企业特色产业集群申报表》及申报表中要求的佐证材料（份数和报送方式以所在省级中小企业主管部门的通知为准）',
    medium: '纸质',
    products: ['evidenceList'],
  },
];

export const deliverables = { 'cn-2024': cn2024, 'cn-2023': cn2023, 'gd-2023': gd2023, 'sc-2023': sc2023, 'hb-2024': hb2024 } as const;
