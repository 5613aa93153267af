// Sections 八 (development plan) and 九 (declaration), whose structure all versions share.
// The texts that differ between versions are parameters, so each version states its own wording.
import { planText } from '../build';
import type { SectionDefinition } from '../types';
import type { YearFacts } from '../version';

/** The wording of section 8 that differs between versions, verbatim. */
export interface PlanWording {
  /** 「一、集群基本情况简介」's explanation. */
  readonly overviewDescription: string;
  /** The first 主导产业 indicator: 「近三年集群产值年均增速」 (2024) or 「集群产值年均增速」. */
  readonly outputIndicator: string;
  /**
   * 「（备注：基准值须符合…，2026年目标值须符合以下要求：」 verbatim, only where the form dates it otherwise than its
   * table (Guangdong 2023); by default it names the target year.
   */
  readonly requirementsIntro?: string;
  /** Requirement a: 「近三年产值年均增速不低于10%」 (2024) or 「产值年均增速不低于10%」. */
  readonly requirementA: string;
}

/** The remark under the targets table, dated with the target year. */
const _requirementsIntro = (targetYear: number) => `（备注：基准值须符合中小企业特色产业集群认定标准，${targetYear}年目标值须符合以下要求：`;

const ACHIEVEMENTS_DESCRIPTION =
  '包括提升集群主导产业优势、激发集群创新活力、推进集群数字化升级、加快集群绿色低碳转型、深化集群开放合作、提升集群治理和服务能力等方面开展的工作和取得的成绩。';
const TARGETS_DESCRIPTION =
  '（集群须围绕主导产业、创新、数字化、绿色化、开放合作、治理和服务等方面设定清晰、可考核的发展目标，鼓励集群根据自身特色增加考核指标，不局限于以上方面）';

/**
 * 三年总体目标. Each quantitative row states its measure and unit (the form prints none): rates in %, enterprises in
 * 家, patents in the 个 of section 三, 研发经费 in its 亿元, and 二氧化碳排放量 as the intensity section 五 reports
 * (吨二氧化碳/万元).
 * Hint: requirement f's 「降低达到18%左右」 and g's 13.5% are the national intensity targets (单位产值二氧化碳排放
 * 降低18%、能耗降低13.5%), so the row is read as the same intensity the form reports.
 */
function targetsField(w: PlanWording, f: YearFacts) {
  return {
    kind: 'targets',
    id: 'planTargets',
    label: '三年总体目标',
    columns: ['方向', '指标', `${f.baselineYear}年基准值`, `${f.targetYear}年目标值`],
    directions: [
      {
        direction: '主导产业',
        indicators: [
          { key: 'outputCagr', label: w.outputIndicator, concept: 'targetOutputCagr', measure: 'growth', unit: '%' },
          { key: 'qualitySmes', label: '优质中小企业数量', concept: 'targetQualitySmes', measure: 'count', unit: '家' },
        ],
        open: true,
      },
      {
        direction: '创新',
        indicators: [
          { key: 'rdSpend', label: '研发经费投入', concept: 'targetRdSpend', measure: 'amount', unit: '亿元' },
          { key: 'inventionPatents', label: '有效发明专利数量', concept: 'targetInventionPatents', measure: 'count', unit: '个' },
        ],
        open: true,
      },
      { direction: '数字化', indicators: [{ key: 'iipRate', label: '工业互联网普及率', concept: 'targetIipRate', measure: 'share', unit: '%' }], open: true },
      {
        direction: '绿色化',
        indicators: [
          { key: 'co2', label: '二氧化碳排放量', concept: 'targetCo2', measure: 'amount', unit: '吨二氧化碳/万元' },
          { key: 'energyIntensity', label: '单位工业产值能耗', concept: 'targetEnergyIntensity', measure: 'amount', unit: '吨标准煤/万元' },
        ],
        open: true,
      },
      { direction: '开放合作', indicators: [{ key: 'openness', label: '定性描述' }], open: false },
      { direction: '治理和服务', indicators: [{ key: 'governance', label: '定性描述' }], open: false },
      { direction: '其它', indicators: [], open: true },
    ],
    requirementsIntro: w.requirementsIntro ?? _requirementsIntro(f.targetYear),
    requirements: [
      { key: 'a', text: w.requirementA, indicator: 'outputCagr' },
      { key: 'b', text: '优质中小企业数量逐年增加', indicator: 'qualitySmes' },
      { key: 'c', text: '研发经费年均增速不低于10%', indicator: 'rdSpend' },
      { key: 'd', text: '有效发明专利数年均增长不低于15%', indicator: 'inventionPatents' },
      { key: 'e', text: '工业互联网普及率达到45%左右', indicator: 'iipRate' },
      { key: 'f', text: '二氧化碳排放量降低达到18%左右', indicator: 'co2' },
      { key: 'g', text: '集群单位工业产值能耗下降达到13.5%左右', indicator: 'energyIntensity' },
    ],
  } as const;
}

/** 阶段性目标: one heading and text area per year from the baseline's next year to the target year. */
function stageHeadings(f: YearFacts) {
  const [y1, y2, y3] = [f.targetYear - 2, f.targetYear - 1, f.targetYear];
  return [
    { kind: 'planHeading', level: 4, number: '（1）', title: `${y1}年度`, text: planText('planStage1', `阶段性目标（1）${y1}年度`, y1) },
    { kind: 'planHeading', level: 4, number: '（2）', title: `${y2}年度`, text: planText('planStage2', `阶段性目标（2）${y2}年度`, y2) },
    { kind: 'planHeading', level: 4, number: '（3）', title: `${y3}年度`, text: planText('planStage3', `阶段性目标（3）${y3}年度`, y3) },
  ] as const;
}

/** Section 八, with the version's wording and years. */
export function planSection(w: PlanWording, f: YearFacts) {
  return {
    id: 's8',
    number: '八',
    title: '未来三年中小企业特色产业集群发展规划',
    note: '（3000字以内）',
    charBudget: 3000,
    items: [
      { kind: 'planHeading', level: 1, number: '一、', title: '集群基本情况简介', description: w.overviewDescription, text: planText('planOverview', '集群基本情况简介') },
      { kind: 'planHeading', level: 1, number: '二、', title: '发展成效', description: ACHIEVEMENTS_DESCRIPTION, text: planText('planAchievements', '发展成效') },
      { kind: 'planHeading', level: 1, number: '三、', title: '存在的问题', text: planText('planProblems', '存在的问题') },
      { kind: 'planHeading', level: 1, number: '四、', title: '未来三年中小企业特色产业集群发展规划' },
      { kind: 'planHeading', level: 2, number: '（一）', title: '总体思路', text: planText('planApproach', '总体思路') },
      { kind: 'planHeading', level: 2, number: '（二）', title: '发展目标' },
      { kind: 'planHeading', level: 3, number: '1.', title: '三年总体目标', description: TARGETS_DESCRIPTION },
      targetsField(w, f),
      { kind: 'planHeading', level: 3, number: '2.', title: '阶段性目标' },
      ...stageHeadings(f),
      { kind: 'planHeading', level: 2, number: '（三）', title: '重点任务', text: planText('planTasks', '重点任务') },
      { kind: 'planHeading', level: 2, number: '（四）', title: '保障措施', text: planText('planSafeguards', '保障措施') },
    ],
  } as const satisfies SectionDefinition;
}

/** The wording of section 9 that differs between versions, verbatim. */
export interface DeclarationWording {
  readonly text: string;
  readonly signatureLines: readonly string[];
}

/** Section 九: the declaration with blank signature, seal and date areas, and the province's 推荐意见 area. */
export function declarationSection(w: DeclarationWording) {
  return {
    id: 's9',
    number: '九',
    title: '真实性声明及推荐意见',
    items: [
      { kind: 'signatureBlock', title: '真实性声明', text: w.text, signatureLines: w.signatureLines, dateLine: '年    月    日' },
      { kind: 'signatureBlock', title: '省级中小企业主管部门推荐意见', signatureLines: ['推荐单位（公章）：'], dateLine: '年    月    日' },
    ],
  } as const satisfies SectionDefinition;
}
