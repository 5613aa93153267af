// The shapes the rules hand to the wizard, the review page and the pre-check page.
// Everything here is plain data: no UI imports, no functions except on rule objects.
import type { FormValues } from '../forms/fieldValues';
import type { NoticeContext } from '../forms';
import type { Concept } from '../forms/concepts';
import type { Bound } from './bounds';

/**
 * What kind of problem an issue is. Views decide on it (hold back 「not answered yet」, group a summary), never on
 * the message text.
 * - `required`: not answered yet; shown once the user asks to finish the step;
 * - `format`: not the kind of entry the cell takes (text in a number, a fraction in a count, three decimals, a bad date);
 * - `range`: a number the quantity cannot be (negative, a share above 100 %);
 * - `length`: more characters than the form allows;
 * - `consistency`: entries that contradict each other (a part above its whole, a count unlike its names);
 * - `plausibility`: probably a slip (a tenfold jump, 万元 typed into a 亿元 cell);
 * - `computed`: differs from what the other entries give by its formula;
 * - `criterion`: an answer or figure that fails a recognition criterion or a section 8 requirement.
 */
export type IssueKind = 'required' | 'format' | 'range' | 'length' | 'consistency' | 'plausibility' | 'computed' | 'criterion';

/** A replacement for the cell an issue is about, applied only when the user clicks it (「填入 133」). */
export interface IssueOffer {
  /** The text to put in the cell. */
  text: string;
  /** The button's words, naming the value and the unit: 「填入 10500」. */
  label: string;
}

/** One thing wrong (error) or worth a second look (warning) with one field of the draft. */
export interface RuleIssue {
  /** The draft field the issue belongs to: where focus goes. */
  fieldId: string;
  /** Inside the field, '.'-joined: a year '2023', 'count', 'names', 'fixed.outputCagr.target', '2023.national.lead'. */
  path?: string;
  /** Where inside the field, in words: 「2023年」「2023年 国家 主持数量」「数量」; absent for the field as a whole. */
  place?: string;
  /** Errors block 「完成本节」; warnings are shown but never block. */
  severity: 'error' | 'warning';
  /** What kind of problem it is; see `IssueKind`. */
  kind: IssueKind;
  /** zh: what is wrong and what to do, written for the field's kind, without the place (see `place`). */
  message: string;
  /** Which rule raised it: 'field', 'cross:…', 'computed:…', 'target:a'…, for tests and de-duplication. */
  rule?: string;
  /** A value the user may put in the cell with one click. */
  offer?: IssueOffer;
}

/** A value the rules compute from other fields, shown beside the field that reports it. */
export interface ComputedValue {
  /** Stable id of the computation, e.g. 'outputCagr'. */
  id: string;
  fieldId: string;
  path?: string;
  label: string;
  /** zh, e.g. 「(2023年总产值 ÷ 2021年总产值)^(1/2) − 1」. */
  formula: string;
  /** Rounded to two decimals; null while an input is missing or unusable. */
  value: number | null;
  /** What the user typed in the reporting field, or null (nothing typed, or the value is not on the form). */
  typed: number | null;
  /** The typed value differs from the computed one by more than rounding of the inputs and the result. */
  differs: boolean;
  /** Text to put in the field (two decimals; whole for a count), or null where there is nothing to offer. */
  suggestion: string | null;
  /** The figure of another cell taken as it is (a baseline from the form's own figure), not a formula's result. */
  copied: boolean;
  /** 'field': the form has a cell for this value; 'info': shown for reference (no cell reports it). */
  kind: 'field' | 'info';
}

/** `caution`: beyond a soft limit (「一般不超过」): not a failure, but the application must explain why. */
export type Verdict = 'pass' | 'fail' | 'caution' | 'unknown' | 'declared' | 'undeclared';

/** How a threshold treats its own number: 「以上」「不少于」「不低于」 inclusive, 「高于」「超过」 exclusive, 「一般不超过」 soft. */
export type BoundType = 'inclusive' | 'exclusive' | 'soft';

/** The verdict on one criterion of the notice's rule set. */
export interface CriterionResult {
  id: string;
  /** e.g. 「一、具有较强核心竞争力」. */
  group: string;
  title: string;
  /** Verbatim from the seed. */
  clause: string;
  /** e.g. 「中小企业特色产业集群认定标准（2022年版） 一」 or 「粤工信服务函〔2023〕4号 第十三条（二）」. */
  source: string;
  kind: 'quantitative' | 'qualitative' | 'answer';
  verdict: Verdict;
  /** The user's value(s), zh. */
  observed: string;
  /** zh explanation of the verdict. */
  reason: string;
  /** For thresholds: how the bound treats its number. */
  bound?: BoundType;
  /** 'warning' where the verdict does not disqualify (`caution`, beyond 「一般不超过」); otherwise 'error'. */
  severity: 'error' | 'warning';
  /** The draft fields the verdict reads (or whose ticks imply it), in print order: where 「查看填写」 links go. */
  fieldIds: string[];
  /** A qualitative item declared met by the tick-box options printed here, ticked in the form (still changeable). */
  impliedBy?: string[];
}

/** One of the section 8 requirements a–g checked against the targets table. */
export interface TargetCheck {
  requirementKey: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';
  /** The requirement verbatim. */
  text: string;
  verdict: 'pass' | 'fail' | 'unknown';
  reason: string;
  /** How 「左右」 is read, stated. */
  tolerance?: string;
  /** Where to focus: the targets field and the row's target cell. */
  fieldId: string;
  path: string;
}

/** What a criterion's evaluation yields. */
export interface Evaluation {
  verdict: Verdict;
  observed: string;
  reason: string;
  /** Defaults to 'error'. */
  severity?: 'error' | 'warning';
}

/** The inputs every criterion is evaluated on. */
export interface CriterionInput {
  ctx: NoticeContext;
  values: FormValues;
  declared: Readonly<Record<string, boolean>>;
}

/** A criterion of a rule set: its source clause as data, and a pure evaluation. */
export interface Criterion {
  id: string;
  group: string;
  title: string;
  clause: string;
  source: string;
  kind: CriterionResult['kind'];
  bound?: BoundType;
  /** A threshold's bound itself, so other checks (section 8 baselines) can apply the same clause. */
  limit?: Bound;
  /** What the verdict reads, by concept (a field's, or a targets row's); the check page links to those fields. */
  reads?: readonly Concept[];
  /**
   * A qualitative item the form's own tick-boxes already declare: each entry lists option texts (verbatim, as the
   * versions print them) that, all ticked, say the clause holds. Entries naming an option a version lacks are skipped.
   */
  impliedBy?: readonly (readonly string[])[];
  evaluate(input: CriterionInput): Evaluation;
}

/** The recognition criteria of one rule set. */
export interface RuleSet {
  id: string;
  /** The document the criteria come from, e.g. 「中小企业特色产业集群认定标准（2022年版）」. */
  document: string;
  /** What the self-check says it checks against: 「《中小企业特色产业集群认定标准（2022年版）》」. */
  title: string;
  criteria: readonly Criterion[];
  /**
   * 「基准值须符合…认定标准」: the targets-table rows whose baseline must meet a threshold criterion, by the
   * row's concept → the criterion's id.
   */
  baselines?: Partial<Record<Concept, string>>;
}
