// What the product knows of a notice: who issued it, by when and to whom, which form and criteria it uses,
// what it asks to be delivered. Quoted from the notice wherever it has words for it.
import type { EvidenceChecklist } from '../checklists/types';
import type { FormVersionId } from '../registry';
import type { Deliverable, SummaryTableDefinition } from './submissionTypes';

export interface Notice {
  /** Stable id used in drafts and URLs, e.g. `hb-2024`. */
  readonly id: string;
  /** 文号, e.g. 「鄂经信办函〔2024〕29号」. */
  readonly documentNumber: string;
  readonly title: string;
  readonly issuer: string;
  /** Date of issue, YYYY-MM-DD; absent where the published text does not give it. */
  readonly issuedOn?: string;
  /** The year the recognition round is for: 「2024年度」. */
  readonly year: number;
  /**
   * When the materials must reach the issuer (YYYY-MM-DD, absent where the notice leaves it to each province),
   * the notice's own words for it, and who delivers them: the city or province level, so a county applicant has
   * to finish earlier, by its own level's date.
   */
  readonly deadline: { readonly date?: string; readonly text: string; readonly by: string };
  /**
   * The province (name only, as 所属地区 takes it: 「湖北」) whose counties answer this notice; absent for a national
   * notice open to every province, where the start page asks.
   */
  readonly province?: string;
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
  /** How many clusters each recommending level may put forward, in the notice's words. */
  readonly quota?: string;
  /** 推荐汇总表 集群简介 limit in characters. */
  readonly summaryLimit: number;
  /** The 推荐汇总表 as the notice's attachment prints it (summaryTables.ts). */
  readonly summaryTable: SummaryTableDefinition;
  /** Each thing to deliver, for the 「报送」 page (deliverables.ts). */
  readonly deliverables: readonly Deliverable[];
  /** The notice's own 佐证材料清单, where it has one (Guangdong 附件2); else the form's notes say what to prove. */
  readonly evidenceChecklist?: EvidenceChecklist;
  /** Where the data was read from: a seed file (`seed 003`, quoted and tested word by word) or a published text. */
  readonly source: string;
}

