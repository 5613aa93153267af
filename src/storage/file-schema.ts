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

/** A draft the exporting app could not read, exactly as it was stored, with the reason (src/storage/exporting.ts). */
export const unreadableDraftSchema = v.strictObject({
  id: v.string(),
  reason: v.string(),
  title: v.optional(v.string()),
  stored: v.unknown(),
});

/**
 * The file this version writes: the drafts it reads, each of a known form version, and (optionally) the ones it
 * could not read, as stored. Built on call, not at start-up.
 */
export function draftFileSchema(drafts: DraftSchemas = draftSchemasByForm()) {
  return v.strictObject({
    format: v.literal(FILE_FORMAT),
    formatVersion: v.literal(FILE_FORMAT_VERSION),
    exportedAt: v.pipe(v.string(), v.isoTimestamp()),
    drafts: v.array(v.union(Object.values(drafts))),
    unreadable: v.optional(v.array(unreadableDraftSchema)),
  });
}
