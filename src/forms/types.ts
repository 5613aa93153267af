// The shape of a form definition: one declarative description of one version of the
// 中小企业特色产业集群申报表, from which the wizard, rules, PDF, evidence list and draft schema derive.
import type { Concept } from './concepts';

/** The three years a per-year row reports, oldest first, e.g. `[2021, 2022, 2023]`. */
export type ReportYears = readonly [number, number, number];

/** Units printed on the official form. */
export type Unit = '亿元' | '万元' | '%' | '个' | '家' | '平方公里' | '吨二氧化碳/万元' | '吨标准煤/万元';

/**
 * What kind of quantity a number is; decides sign, range and decimals.
 * - `count`: whole number ≥ 0 (enterprises, patents, projects);
 * - `amount`: ≥ 0 with up to two decimals (亿元, 万元, 平方公里, intensities);
 * - `share`: a proportion of a whole, 0–100 with up to two decimals (比例, 普及率, 利用率);
 * - `growth`: a rate of change, may be negative, up to two decimals (增速, 增长率, 降低率).
 */
export type Measure = 'count' | 'amount' | 'share' | 'growth';

interface FieldBase<Id extends string> {
  /** Stable key of this field's value in a draft; unique within a form version. */
  readonly id: Id;
  /** The official label, verbatim from the seed (only whitespace normalised). */
  readonly label: string;
  /** Official text printed with the field, verbatim, e.g. 「（需提供清单及佐证材料）」. */
  readonly note?: string;
  /** What the field means across versions; rules and computed values find fields by it. */
  readonly concept?: Concept;
  /** Label of the enclosing row or group, for accessible names where `label` alone is ambiguous (「联系人」). */
  readonly context?: string;
}

/** A single line of text. */
export interface TextField<Id extends string = string> extends FieldBase<Id> {
  readonly kind: 'text';
  /** The official pattern hint printed under the field, e.g. 「（XX（省、市）XX（县、区）XX产业）」. */
  readonly hint?: string;
  /** `phone` accepts telephone numbers; `date` a calendar date (YYYY-MM-DD). */
  readonly format?: 'phone' | 'date';
}

/** A number, single or one per report year. */
export interface NumberField<Id extends string = string> extends FieldBase<Id> {
  readonly kind: 'number';
  readonly measure: Measure;
  /** Unit printed with the value; the label already names it where the form does. */
  readonly unit?: Unit;
  /** True: one value per report year; false: a single value (as of the end of the last year). */
  readonly perYear: boolean;
  /** How per-year cells are printed: as columns under a year header, or as one row per year. */
  readonly yearLayout?: 'columns' | 'rows';
}

/** One option of a choice or tick-box group; `value` is what a draft stores. */
export interface Option<Value extends string = string> {
  readonly value: Value;
  /** Option text verbatim, without the box character. */
  readonly label: string;
}

/** Pick one of a few printed options (是/否/不适用, 产业类型). */
export interface ChoiceField<Id extends string = string, Value extends string = string> extends FieldBase<Id> {
  readonly kind: 'choice';
  readonly options: readonly Option<Value>[];
  /** Printed side by side (「□是 □否」) or one per line. */
  readonly layout: 'inline' | 'stacked';
  /**
   * For section 1's yes/no questions: the answers that satisfy the recognition criteria.
   * Hint: the wording's polarity differs by version (「不属于…」 vs 「是否属于…」), so this lives with the wording.
   */
  readonly compliantAnswers?: readonly Value[];
  /** Evidence duty when answered 是, e.g. 「（如涉及，需提供佐证材料）」. */
  readonly evidenceWhenYes?: boolean;
}

/** A tick-box group: any number of options; each ticked one needs evidence (「勾选需提供佐证材料」). */
export interface TicksField<Id extends string = string, Value extends string = string> extends FieldBase<Id> {
  readonly kind: 'ticks';
  /** Line printed above the options, e.g. 「集群已提供的中小企业公共服务：」. */
  readonly intro?: string;
  readonly options: readonly Option<Value>[];
  /** Options per printed line (the services group prints three abreast); default one. */
  readonly columns?: number;
}

/** 数量 + 名称: a count and the names it counts. */
export interface CountListField<Id extends string = string> extends FieldBase<Id> {
  readonly kind: 'countList';
}

/** Free text with a character limit (「200字以内」). */
export interface NarrativeField<Id extends string = string> extends FieldBase<Id> {
  readonly kind: 'narrative';
  /** Characters allowed, as a person counts them; absent where the section shares one budget. */
  readonly limit?: number;
  /**
   * Where the printed form puts the label: in a cell `beside` the writing cell (default), or `above` it, heading
   * one wide cell (「智能制造…应用情况（200字以内）」 under 数字化新模式新业态推广情况, in every version).
   */
  readonly labelPlacement?: 'beside' | 'above';
}

/** The standards table: 国际/国家/行业/团体 × 主持数量/参与数量 × the report years. */
export interface StandardsField<Id extends string = string> extends FieldBase<Id> {
  readonly kind: 'standards';
}

/** Standard categories and roles of the standards table, verbatim. */
export const standardCategories = [
  { value: 'international', label: '国际' },
  { value: 'national', label: '国家' },
  { value: 'industry', label: '行业' },
  { value: 'group', label: '团体' },
] as const;
export const standardRoles = [
  { value: 'lead', label: '主持数量' },
  { value: 'join', label: '参与数量' },
] as const;
export type StandardCategory = (typeof standardCategories)[number]['value'];
export type StandardRole = (typeof standardRoles)[number]['value'];

/** 所属地区 on the cover: the parts a version asks for (MIIT: 省/市/县; Guangdong: 市/县). */
export interface RegionField<Id extends string = string, Part extends string = string> extends FieldBase<Id> {
  readonly kind: 'region';
  readonly parts: readonly Option<Part>[];
}

/** A text area under a section 8 outline heading; all of them share the section's budget. */
export interface PlanTextField<Id extends string = string> extends FieldBase<Id> {
  readonly kind: 'planText';
  /** The year the text is about (阶段性目标「2024年度」), so a draft moved to another year's form finds its place. */
  readonly period?: number;
}

/** One indicator row of section 8's targets table. */
export interface TargetIndicator<Key extends string = string> {
  readonly key: Key;
  /** The indicator's words verbatim (「定性描述」 for the rows described in words). */
  readonly label: string;
  readonly concept?: Concept;
  /** What kind of quantity its 基准值 and 目标值 are; absent for a row described in words (定性描述). */
  readonly measure?: Measure;
  /**
   * The unit both values are entered in. Hint: the form prints no unit column; the unit is the one the form's own
   * figure for the same quantity uses (研发经费 亿元, 能耗 吨标准煤/万元), so a baseline can be taken from it.
   */
  readonly unit?: Unit;
}

/** One direction (方向) of section 8's targets table and its printed indicators (指标). */
export interface TargetDirection<Key extends string = string> {
  readonly direction: string;
  /** Indicator rows printed by the form; `key` identifies the row in a draft. */
  readonly indicators: readonly TargetIndicator<Key>[];
  /** The form prints 「......」 here: the user may add indicators under this direction. */
  readonly open: boolean;
}

/** Section 8's 三年总体目标 table: 方向 × 指标 × 基准值 × 目标值, with rows the user may add. */
export interface TargetsField<Id extends string = string, Key extends string = string> extends FieldBase<Id> {
  readonly kind: 'targets';
  /** Header cells verbatim: 方向, 指标, 「2023年基准值」, 「2026年目标值」. */
  readonly columns: readonly [string, string, string, string];
  readonly directions: readonly TargetDirection<Key>[];
  /** 「（备注：基准值须符合…目标值须符合以下要求：」 verbatim, including its year. */
  readonly requirementsIntro: string;
  /** Requirements a–g verbatim (without the letter), each tied to the indicator it constrains. */
  readonly requirements: readonly { readonly key: string; readonly text: string; readonly indicator: Key }[];
}

/** Every kind of field that holds a value in a draft. */
export type Field =
  | TextField
  | NumberField
  | ChoiceField
  | TicksField
  | CountListField
  | NarrativeField
  | StandardsField
  | RegionField
  | PlanTextField
  | TargetsField;

/** The kinds of field; every per-kind registry (`{ [K in FieldKind]: … }`) must cover all of them. */
export type FieldKind = Field['kind'];

/** The field of one kind. */
export type FieldOfKind<K extends FieldKind> = Extract<Field, { kind: K }>;

/** The same value shown again under another label (section 1 repeats cover fields). */
export interface MirrorItem {
  readonly kind: 'mirror';
  /** Id of the field whose value this shows and edits. */
  readonly of: string;
  readonly label: string;
  readonly hint?: string;
}

/** A label spanning several rows (「创新平台建设情况」 over three 数量+名称 lists). */
export interface GroupItem {
  readonly kind: 'group';
  readonly label: string;
  /** Printed under the label. */
  readonly note?: string;
  readonly items: readonly LayoutItem[];
  /** Printed after the items, e.g. 「（注：需提供清单及佐证材料）」 under four counts. */
  readonly footnote?: string;
  /**
   * Characters a line of its items' labels holds on the official form, in the column right of the group's label
   * (「国家制造业创新 / 中心或国家级创 / …」: 7). Absent: 10.
   */
  readonly itemLabelColumn?: number;
}

/**
 * Lines to fill in, one under another in a single cell beside the label, each 「绿色工厂数量 ____」, with a note
 * under them (MIIT 2023's 集群绿色制造体系建设水平). Each line is a field of its own.
 */
export interface FillInCellItem {
  readonly kind: 'fillInCell';
  readonly label: string;
  readonly items: readonly NumberField[];
  /** Printed under the lines, inside the cell: 「（注：需提供清单及佐证材料）」. */
  readonly footnote?: string;
}

/** Fields printed on one line (「联系人 … 联系方式 …」). */
export interface RowItem {
  readonly kind: 'row';
  /** One label printed for the whole row instead of each field's own (「联系人及联系电话」). */
  readonly label?: string;
  readonly items: readonly Field[];
}

/** A table whose header row names the report years (「年度 2021年 2022年 2023年」). */
export interface YearTableItem {
  readonly kind: 'yearTable';
  /** Text of the header's first cell: 「年度」 or 「主导产业情况（近三年）」. */
  readonly header: string;
  readonly items: readonly (NumberField | StandardsField)[];
  /** Characters a line of its label column holds where the form sets it wider than the section's (section 二: 21). */
  readonly labelColumn?: number;
}

/** A section 8 outline heading, with its explanation; `text` may hold a text area under it. */
export interface PlanHeadingItem {
  readonly kind: 'planHeading';
  /** 1: 一、 2: （一） 3: 1. 4: （1） */
  readonly level: 1 | 2 | 3 | 4;
  /** The printed numbering, e.g. 「三、」 「（二）」 「1.」. */
  readonly number: string;
  readonly title: string;
  readonly description?: string;
  readonly text?: PlanTextField;
}

/** 真实性声明 or 推荐意见: printed text and blank areas for signature, seal and date. */
export interface SignatureBlockItem {
  readonly kind: 'signatureBlock';
  readonly title: string;
  /** Declaration text verbatim; absent for the 推荐意见 area, which the province writes by hand. */
  readonly text?: string;
  /** Lines left blank for ink, verbatim, e.g. 「县级行政区划中小企业主管部门（公章）：」. */
  readonly signatureLines: readonly string[];
  readonly dateLine: string;
}

/** Anything a section lists, in print order. */
export type LayoutItem =
  | Field
  | MirrorItem
  | GroupItem
  | FillInCellItem
  | RowItem
  | YearTableItem
  | PlanHeadingItem
  | SignatureBlockItem;

/** The kinds of layout item that are not fields: they arrange, repeat or frame fields. */
export type StructureItem = Exclude<LayoutItem, Field>;
export type StructureKind = StructureItem['kind'];

/** One of the nine sections. */
export interface SectionDefinition {
  /** `s1` … `s9`. */
  readonly id: string;
  /** The printed number: 一 … 九. */
  readonly number: string;
  readonly title: string;
  /** Text printed under the title, e.g. 「（3000字以内）」. */
  readonly note?: string;
  /** Characters shared by all the section's plan text areas (section 8: 3000). */
  readonly charBudget?: number;
  /**
   * Characters a line of the official table's label column holds (五号), so printed labels break about where the
   * form's do: 27 in section 一, 14 in sections 三, 五–七 (a year table may set its own). Absent: 16.
   */
  readonly labelColumn?: number;
  readonly items: readonly LayoutItem[];
}

/** The cover page. */
export interface CoverDefinition {
  readonly title: string;
  readonly fields: readonly LayoutItem[];
  /** 「工业和信息化部 制」 or 「广东省工业和信息化厅 制」. */
  readonly issuer: string;
}

/** One version of the form. Built by `formVersion` (src/forms/version.ts), which derives every year fact from `years`. */
export interface FormDefinition {
  /** Stable key of the version, e.g. `miit-2024`; the registry's keys are the `FormVersionId` type. */
  readonly id: string;
  /** A short human name for lists: 「工业和信息化部 2024 年版」. */
  readonly name: string;
  /** Where the text was taken from (seed file names). */
  readonly source: string;
  /** The three report years. */
  readonly years: ReportYears;
  /** 填报说明 6: data not tied to a year are as of the end of this year. */
  readonly dataAsOfYear: number;
  /** Section 8: the baseline year and the year the three-year targets are for. */
  readonly plan: { readonly baselineYear: number; readonly targetYear: number };
  readonly cover: CoverDefinition;
  /** 填报说明, the 11 points verbatim without their numbers. */
  readonly instructions: readonly string[];
  readonly sections: readonly SectionDefinition[];
}
