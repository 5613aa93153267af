// The draft's submission answers (envelope key `submission`): what the 推荐汇总表 asks that the 申报表 does not
// (主导产业, 集群成立时间, 集群简介), and the ticks the official keeps on the 「报送」 page (「已盖章」「已寄出」).
// Hint: 集群名称, 运营管理机构 and 所在地 are not stored here; the table reads them from the cover by concept.
import * as v from 'valibot';

/** A tick of the 「报送」 page: `{deliverable id}:{tick}`, e.g. `form:stamped`. */
export const submissionTicks = ['stamped', 'sent'] as const;
export type SubmissionTick = (typeof submissionTicks)[number];

export const submissionSchema = v.strictObject({
  /** 主导产业, as the official writes it for the 汇总表 (「非织造布」). */
  leadingIndustry: v.optional(v.string()),
  /** 集群成立时间, as written (「2009年」「2009年3月」): the notices set no format. */
  foundedIn: v.optional(v.string()),
  /** 集群简介, within the notice's `summaryLimit` characters (counted with countChars). */
  intro: v.optional(v.string()),
  /** The 「报送」 page's ticks: `{deliverable id}:{tick}` → ticked. */
  ticks: v.optional(v.record(v.string(), v.boolean())),
});

/** The submission answers as the draft keeps them. */
export type SubmissionAnswers = v.InferOutput<typeof submissionSchema>;

/** The key of one tick. */
export const tickKey = (deliverableId: string, tick: SubmissionTick): string => `${deliverableId}:${tick}`;
