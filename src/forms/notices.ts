// The notices an official may be answering. Each picks a form version and a rule set;
// a future notice is one more entry here (and, if its form is new, one more form version).
import { gd2023Checklist } from './checklists/gd-2023';
import type { EvidenceChecklist } from './checklists/types';
import type { FormVersionId } from './registry';

export interface Notice {
  /** Stable id used in drafts and URLs, e.g. `hb-2024`. */
  readonly id: string;
  /** 文号, e.g. 「鄂经信办函〔2024〕29号」. */
  readonly documentNumber: string;
  readonly title: string;
  readonly issuer: string;
  /** Date of issue, YYYY-MM-DD. */
  readonly issuedOn: string;
  /**
   * When the materials must reach the issuer (YYYY-MM-DD), the notice's own words for it, and who delivers
   * them: the city level, so a county applicant has to finish earlier, by its city's own date.
   */
  readonly deadline: { readonly date: string; readonly text: string; readonly by: string };
  readonly level: '省级' | '国家级';
  readonly formVersion: FormVersionId;
  /**
   * The recognition criteria it applies (src/rules/sets): the Guangdong provincial criteria (粤工信服务函〔2023〕4号
   * 第十三条) or the national 认定标准（2022年版）.
   */
  readonly ruleSetId: string;
  /** Who may apply, in the notice's words. */
  readonly eligibility: string;
  /** Whether the cluster must already be recognised at provincial level (section 1's last question). */
  readonly requiresProvincialRecognition: boolean;
  /** Where the application goes. */
  readonly submitTo: string;
  /** Copies and media requested, quoted from the notice (the tests hold each against its text). */
  readonly copies: readonly string[];
  /** 推荐汇总表 集群简介 limit in characters. */
  readonly summaryLimit: number;
  /** The notice's own 佐证材料清单, where it has one (Guangdong 附件2); else the form's notes say what to prove. */
  readonly evidenceChecklist?: EvidenceChecklist;
  /** Seed file the data was read from. */
  readonly source: string;
}

export const notices = [
  {
    id: 'gd-2023',
    documentNumber: '粤工信服务函〔2023〕6号',
    title: '广东省工业和信息化厅关于组织开展2023年度省中小企业特色产业集群申报工作的通知',
    issuer: '广东省工业和信息化厅',
    issuedOn: '2023-03-08',
    deadline: { date: '2023-04-21', text: '2023年4月21日（星期五）下午下班前', by: '各地级以上市中小企业主管部门' },
    level: '省级',
    formVersion: 'gd-2023',
    ruleSetId: 'gd-provincial-2023',
    eligibility: '按照自愿申报原则，由所在地县（市、区）中小企业主管部门作为申报主体',
    requiresProvincialRecognition: false,
    submitTo: '所在地市中小企业主管部门（由各地级以上市中小企业主管部门推荐至省工业和信息化厅服务体系建设处）',
    copies: [
      '《中小企业特色产业集群申报表》、佐证材料各一式4份',
      '电子版光盘一式2份',
      '推荐上报文及《2023年度中小企业特色产业集群推荐汇总表》（加盖公章，见附件3）',
    ],
    summaryLimit: 150,
    evidenceChecklist: gd2023Checklist,
    source: 'seed 000',
  },
  {
    id: 'sc-2023',
    documentNumber: '川经信办函〔2023〕220号',
    title: '四川省经济和信息化厅办公室关于组织推荐2023年度国家级中小企业特色产业集群的通知',
    issuer: '四川省经济和信息化厅办公室',
    issuedOn: '2023-07-05',
    deadline: { date: '2023-07-18', text: '7月18日前', by: '市（州）经济和信息化局' },
    level: '国家级',
    formVersion: 'miit-2023',
    ruleSetId: 'national-2022',
    eligibility:
      '已认定为“四川省中小企业特色产业集群”（简称省级集群）且满足国家级中小企业特色产业集群评价认定要求的集群，可按照自愿申报原则，由所在县（市、区）中小企业主管部门提出申请',
    requiresProvincialRecognition: true,
    submitTo: '所在市（州）经济和信息化局（由其出具推荐意见并以正式文件报送四川省经济和信息化厅）',
    copies: [
      '推荐上报文件连同《中小企业特色产业集群申报表》（一式四份）',
      'OFD或者PDF等其他方便阅读的格式',
      'WPS、永中Office或者微软Office格式的文字、表格可编辑文件',
    ],
    summaryLimit: 300,
    source: 'seed 004',
  },
  {
    id: 'hb-2024',
    documentNumber: '鄂经信办函〔2024〕29号',
    title: '省经信厅办公室关于组织推荐2024年度国家级中小企业特色产业集群的通知',
    issuer: '湖北省经济和信息化厅办公室',
    issuedOn: '2024-04-09',
    deadline: { date: '2024-06-20', text: '2024年6月20日前', by: '各市州经信部门' },
    level: '国家级',
    formVersion: 'miit-2024',
    ruleSetId: 'national-2022',
    eligibility: '按照自愿申报原则，由所在地县（市、区）中小企业主管部门为申报主体',
    requiresProvincialRecognition: false,
    submitTo: '所在市州经信部门（初审后向湖北省经济和信息化厅推荐）',
    copies: [
      '加盖公章的正式文件包括《2024年度中小企业特色产业集群推荐汇总表》《中小企业特色产业集群申报表》各一式1份',
      '电子版光盘1份',
      '邮寄省经信厅中小企业发展处（武汉市武昌区洪山路10号洪山大厦）',
      '电子版发送至zxc87122161@163.com',
    ],
    summaryLimit: 300,
    source: 'seed 003',
  },
] as const satisfies readonly Notice[];

/** A notice this product knows, with its ids as literal types. */
export type KnownNotice = (typeof notices)[number];
/** Identifier of a known notice. */
export type NoticeId = KnownNotice['id'];
/** Identifier of a rule set some notice applies; the rules registry must have one for each. */
export type RuleSetId = KnownNotice['ruleSetId'];

/** The notice with this id, or a clear error for an unknown one. */
export function noticeById(id: string): KnownNotice {
  const notice = notices.find((n) => n.id === id);
  if (!notice) throw new Error(`未知的申报通知：${id}。可选的通知为：${notices.map((n) => n.id).join('、')}`);
  return notice;
}
