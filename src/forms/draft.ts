// The draft: a filled (or partly filled) form of one version, its type inferred from the definition.
import * as v from 'valibot';
import { enterprisesSchema } from './enterpriseValues';
import { evidenceMarksSchema } from './evidenceMarks';
import { kindOf } from './kinds';
import { submissionSchema } from './submission';
import type { FormDefinition, Option, ReportYears, TargetDirection } from './types';
import { choiceValue, countListValue, regionValue, standardsValue, targetsValue, textValue, ticksValue, yearValues } from './values';
import { formFields } from './walk';

/** Schema version of the stored draft; raise it with a migration in storage when the shape changes. */
export const DRAFT_SCHEMA_VERSION = 5;

/**
 * What the official has recorded about filling the draft, kept with it so a reload, another device or an imported
 * file shows the same progress.
 */
export const draftProgressSchema = v.strictObject({
  /**
   * The steps ('cover', 's1' … 's9') where 「完成本节」 was pressed, in the order first pressed. From then on the step
   * counts as finished when nothing is wrong, and shows every unanswered item as a problem (有问题) until fixed.
   */
  finished: v.array(v.string()),
});

/** The draft's recorded progress; see `draftProgressSchema`. */
export type DraftProgress = v.InferOutput<typeof draftProgressSchema>;

type ValueSchemaOf<F, Y extends ReportYears> = F extends { kind: 'number'; perYear: true }
  ? ReturnType<typeof yearValues<Y>>
  : F extends { kind: 'text' | 'narrative' | 'planText' | 'number' }
    ? ReturnType<typeof textValue>
    : F extends { kind: 'choice'; options: readonly Option<infer V>[] }
      ? ReturnType<typeof choiceValue<V>>
      : F extends { kind: 'ticks'; options: readonly Option<infer V>[] }
        ? ReturnType<typeof ticksValue<V>>
        : F extends { kind: 'countList' }
          ? ReturnType<typeof countListValue>
          : F extends { kind: 'standards' }
            ? ReturnType<typeof standardsValue<Y>>
            : F extends { kind: 'region'; parts: readonly Option<infer P>[] }
              ? ReturnType<typeof regionValue<P>>
              : F extends { kind: 'targets'; directions: readonly TargetDirection<infer K>[] }
                ? ReturnType<typeof targetsValue<K>>
                : never;

// Hint: the depth counter stops the compiler recursing forever through the generic LayoutItem; forms nest two deep.
type FieldsIn<I, Depth extends unknown[] = []> = Depth['length'] extends 3
  ? never
  : I extends { kind: 'group' | 'fillInCell' | 'row' | 'yearTable'; items: readonly (infer C)[] }
  ? FieldsIn<C, [...Depth, unknown]>
  : I extends { kind: 'planHeading'; text: infer T }
    ? T
    : I extends { kind: 'mirror' | 'signatureBlock' | 'planHeading' }
      ? never
      : I;

type FieldsOf<D extends FormDefinition> = FieldsIn<D['cover']['fields'][number] | D['sections'][number]['items'][number]>;

/** Field id → value schema, for every field of the definition. */
export type ValueEntries<D extends FormDefinition> = {
  [F in FieldsOf<D> as F extends { id: infer Id extends string } ? Id : never]: ValueSchemaOf<F, D['years']>;
};

/** The schema of a draft's values: every field optional, since a draft is filled over days. */
export function draftValuesSchema<const D extends FormDefinition>(def: D) {
  const entries = Object.fromEntries(formFields(def).map((f) => [f.id, kindOf(f).valueSchema(f, def.years)]));
  // Hint: built at run time from the definition; ValueEntries computes the same shape at the type level.
  // Strict objects: an unknown key is reported, never silently dropped (restore keeps it aside instead).
  return v.strictObject(entries as ValueEntries<D>);
}

type OutputOf<S> = S extends { readonly '~types'?: { readonly output: infer O } | undefined } ? O : never;

/**
 * The values of a draft of form version D, as the draft stores them: every field optional.
 * Hint: read off each value schema's declared output, as valibot's InferOutput cannot take a generic entry map.
 */
export type DraftValues<D extends FormDefinition> = { -readonly [K in keyof ValueEntries<D>]?: OutputOf<ValueEntries<D>[K]> };

/**
 * A value a draft held that this form version has no place for (an unknown field, a year the version does not
 * report, a value of the wrong type). Restore keeps it here with where it was found, so nothing typed is lost.
 */
export const unplacedValueSchema = v.strictObject({
  /** Where the value was found, as a JSON Pointer (RFC 6901) into the document read, e.g. `/values/totalOutput/2019`. */
  path: v.string(),
  /** The value as found, as plain JSON data. */
  value: v.unknown(),
  /** Why it could not be placed, in Chinese, for the user. */
  reason: v.string(),
});

/** A value kept aside by restore; see `unplacedValueSchema`. */
export type UnplacedValue = v.InferOutput<typeof unplacedValueSchema>;

/** The schema of a stored draft of one form version. */
export function draftSchema<const D extends FormDefinition>(def: D) {
  // Hint: strict like the values, so an envelope key no version knows is reported (restore keeps it aside), never dropped.
  return v.strictObject({
    version: v.literal(DRAFT_SCHEMA_VERSION),
    id: v.pipe(v.string(), v.minLength(1)),
    noticeId: v.pipe(v.string(), v.minLength(1)),
    formVersion: v.literal(def.id as D['id']),
    createdAt: v.pipe(v.string(), v.isoTimestamp()),
    updatedAt: v.pipe(v.string(), v.isoTimestamp()),
    // Hint: the cast only hides the generic issue type from valibot's constraint check; the shape is unchanged.
    values: draftValuesSchema(def) as unknown as v.GenericSchema<DraftValues<D>>,
    /** 认定标准自查: the qualitative criteria the user has declared met, by criterion id. */
    selfDeclared: v.optional(v.record(v.string(), v.boolean())),
    /** The draft's name in the drafts list, chosen by the official; absent: the list shows the cover's 集群名称. */
    title: v.optional(v.string()),
    /** 一企一表: each enterprise's row of 表1 企业发展情况表 (src/forms/enterpriseTable.ts); absent until one is added. */
    enterprises: v.optional(enterprisesSchema(def)),
    /** Progress: the steps finished with 「完成本节」 (since schema version 3). */
    progress: v.optional(draftProgressSchema),
    /** 推荐汇总表 answers (主导产业, 集群成立时间, 集群简介) and the 「报送」 ticks (src/forms/submission.ts); absent until one is given. */
    submission: v.optional(submissionSchema),
    /** 佐证材料 items marked 自我声明 or 不适用 (src/forms/evidenceMarks.ts; since schema version 5); files are stored apart. */
    evidence: v.optional(evidenceMarksSchema),
    /** Values restore could not place in this form version; shown to the user and exported, never dropped. */
    unplaced: v.optional(v.array(unplacedValueSchema)),
  });
}

/** A draft of form version D. */
export type Draft<D extends FormDefinition> = v.InferOutput<ReturnType<typeof draftSchema<D>>>;
