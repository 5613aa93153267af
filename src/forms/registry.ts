// The form versions this product knows, by id; the ids are the registry's keys, stated nowhere else.
import { gd2023 } from './gd-2023';
import { miit2023 } from './miit-2023';
import { miit2024 } from './miit-2024';
import type { Draft } from './draft';
import type { FormDefinition } from './types';

export const formVersions = {
  'gd-2023': gd2023,
  'miit-2023': miit2023,
  'miit-2024': miit2024,
} as const satisfies Record<string, FormDefinition>;

/** Identifier of a known form version: the issuing body and the year of the form. */
export type FormVersionId = keyof typeof formVersions;

// Hint: each version's own id must be its key, or drafts would name one version and be read as another.
type _IdIsKey = { [K in FormVersionId]: (typeof formVersions)[K]['id'] extends K ? true : never }[FormVersionId];
const _idsMatchKeys: _IdIsKey = true;
void _idsMatchKeys;

/** A draft of any known form version. */
export type AnyDraft = { [K in FormVersionId]: Draft<(typeof formVersions)[K]> }[FormVersionId];

/** True for the id of a known form version. */
export function isFormVersionId(id: string): id is FormVersionId {
  return Object.prototype.hasOwnProperty.call(formVersions, id);
}

/** The definition of a form version, or a clear error for an unknown id. */
export function formById(id: string): FormDefinition {
  if (!isFormVersionId(id)) throw new Error(`未知的申报表版本：${id}`);
  return formVersions[id];
}
