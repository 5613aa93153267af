// A notice's own list of the 佐证材料 to submit (e.g. 粤工信服务函〔2023〕6号 附件2), quoted from the notice.

export interface ChecklistItem {
  /** The item's number in the notice. */
  readonly number: number;
  /** Its text, verbatim. */
  readonly text: string;
  /** Ids of the form's fields the item is about (what the draft answered there is shown beside it). */
  readonly fields?: readonly string[];
  /** A 「（如有）」 item the form answers: needed only where this field has this answer. */
  readonly when?: { readonly field: string; readonly answer: string };
  /** A document the product writes for this item: 表1 for each enterprise, or their 统计汇总表 (一企一表 page). */
  readonly document?: 'enterpriseForms' | 'enterpriseSummary';
}

export interface EvidenceChecklist {
  readonly title: string;
  /** Where it is quoted from, e.g. 「粤工信服务函〔2023〕6号 附件2」. */
  readonly source: string;
  readonly sections: readonly { readonly heading: string; readonly items: readonly ChecklistItem[] }[];
  /** What the product leaves to others (表1, filled by each enterprise). */
  readonly note?: string;
}
