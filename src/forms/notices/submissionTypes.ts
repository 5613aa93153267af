// What a notice asks to be delivered beyond its form: the 推荐汇总表 as its attachment prints it, and each
// thing to deliver (copies, medium, who stamps, what produces it). Quoted from the notice wherever it has words.

/** Where a column of the 推荐汇总表 takes its text from: the cover (by concept) or the draft's submission answers. */
export type SummarySource = 'serial' | 'clusterName' | 'operator' | 'location' | 'leadingIndustry' | 'foundedIn' | 'intro';

export interface SummaryColumn {
  /** The header, as the attachment prints it. */
  readonly label: string;
  readonly source: SummarySource;
  /** Relative width across the page. */
  readonly width: number;
  /** For `location`: the parts of 所属地区 the header names, in order (a form without a province part takes the notice's). */
  readonly parts?: readonly ('province' | 'city' | 'county')[];
}

/**
 * A clause 「根据已填数据起草」 writes into the 集群简介 (src/submission/intro/): the profile (主导产业, its chain,
 * 行业地位, 荣誉称号), the last report year's figures, the figures of the last three years.
 */
export type IntroClause =
  | 'industry'
  | 'chain'
  | 'standing'
  | 'honours'
  | 'output'
  | 'smes'
  | 'specialised'
  | 'littleGiants'
  | 'champions'
  | 'standards'
  | 'patents'
  | 'patentsPer10k';

export interface SummaryTableDefinition {
  /** Where the notice prints it: 「附件1」. */
  readonly attachment: string;
  /** The title as printed, year included where the attachment has one. */
  readonly title: string;
  /** The line under the title: who stamps (left) and the contact (right), as printed; absent where the attachment has none. */
  readonly stampLine?: string;
  readonly contactLine?: string;
  readonly columns: readonly SummaryColumn[];
  /** What the 集群简介 must say, in the notice's words, where it spells it out. */
  readonly introGuide?: string;
  /** The clauses the 简介 is drafted from, in order. */
  readonly introClauses: readonly IntroClause[];
  /** The disclosure line printed under the table (label and the value printed), where the attachment has one. */
  readonly disclosure?: { readonly label: string; readonly value: string };
  /** Where it was read from (a seed, or the seed that reprints the Ministry's table). */
  readonly source: string;
}

/** What the application writes for a deliverable: each is a button on the 「报送」 page. */
export type DeliveryProduct = 'formPdf' | 'formDocx' | 'summaryTable' | 'cdZip' | 'enterpriseTables' | 'evidenceList';

export interface Deliverable {
  /** Stable within the notice; the draft's 「报送」 ticks are keyed by it. */
  readonly id: string;
  /** The document or item, by its name: 「中小企业特色产业集群申报表」. */
  readonly name: string;
  /** The notice's words asking for it (tests hold each against the notice). */
  readonly quote: string;
  readonly medium: '纸质' | '光盘' | '电子文件' | '电子邮件';
  /** How many copies, where the notice says. */
  readonly copies?: number;
  /**
   * Who stamps it: the applying county (the form's own 盖章/公章 lines), the recommending level (the 汇总表's stamp
   * line, the 推荐上报文); absent where nothing is stamped.
   */
  readonly stamp?: 'county' | 'recommender';
  /** What this application writes for it; empty for what is written elsewhere (the city's covering letter). */
  readonly products: readonly DeliveryProduct[];
}
