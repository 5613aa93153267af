// The draft file format as a valibot schema: what exportDraftsFile writes, published as docs/draft.schema.json
// (npm run schema:draft). Reading is more lenient: older versions are migrated by restoreDraft.
import * as v from 'valibot';
import { draftSchema } from '../forms/draft';
import { formVersions } from '../forms/registry';
import type { FormVersionId } from '../forms/registry';

/** The `format` of every draft file. */
export const FILE_FORMAT = 'jiqun-shenbao-drafts';
/** Raise with a reader for the old container in file-read.ts when the container changes (the drafts have their own version). */
export const FILE_FORMAT_VERSION = 1;

type DraftSchemas = Record<FormVersionId, v.GenericSchema>;

/** The draft schema of each form version. */
export function draftSchemasByForm(): DraftSchemas {
  return Object.fromEntries(Object.values(formVersions).map((def) => [def.id, draftSchema(def) as v.GenericSchema])) as DraftSchemas;
}

/** The file this version writes: one or many drafts, each of a known form version. Built on call, not at start-up. */
export function draftFileSchema(drafts: DraftSchemas = draftSchemasByForm()) {
  return v.strictObject({
    format: v.literal(FILE_FORMAT),
    formatVersion: v.literal(FILE_FORMAT_VERSION),
    exportedAt: v.pipe(v.string(), v.isoTimestamp()),
    drafts: v.array(v.union(Object.values(drafts))),
  });
}
