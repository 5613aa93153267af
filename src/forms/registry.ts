// The form versions this product knows, by id.
import { gd2023 } from './gd-2023';
import { miit2023 } from './miit-2023';
import { miit2024 } from './miit-2024';
import type { Draft } from './draft';
import type { FormDefinition, FormVersionId } from './types';

export const formVersions = {
  'gd-2023': gd2023,
  'miit-2023': miit2023,
  'miit-2024': miit2024,
} as const satisfies Record<FormVersionId, FormDefinition>;

/** A draft of any known form version. */
export type AnyDraft = { [K in FormVersionId]: Draft<(typeof formVersions)[K]> }[FormVersionId];

/** The definition of a form version, or a clear error for an unknown id. */
export function formById(id: string): FormDefinition {
  const def = (formVersions as Record<string, FormDefinition>)[id];
  if (!def) throw new Error(`未知的申报表版本：${id}`);
  return def;
}
