// The draft's marks on its 佐证材料 items (envelope key `evidence`, since schema version 5): an item proven by a
// signed 「申报主体自我声明」 instead of files, or 「不适用」 with the reason. Keyed by the item's stable key
// (src/evidence/items.ts); the files themselves live in their own IndexedDB store, never in the draft.
import * as v from 'valibot';

/** One item's mark: `self` 自我声明 (a declaration page to sign and stamp); `na` 不适用, with the reason given. */
export const evidenceMarkSchema = v.variant('mark', [
  v.strictObject({ mark: v.literal('self') }),
  v.strictObject({
    mark: v.literal('na'),
    /** Why the item does not apply, as the official wrote it (「集群内无上市企业」). */
    reason: v.pipe(v.string(), v.minLength(1)),
  }),
]);

/** Item key → mark. An item without a mark is judged by its files: 待准备 or 已附 N 个文件. */
export const evidenceMarksSchema = v.record(v.string(), evidenceMarkSchema);

export type EvidenceMark = v.InferOutput<typeof evidenceMarkSchema>;
export type EvidenceMarks = v.InferOutput<typeof evidenceMarksSchema>;
