// deriveVersion: next year's form version as its base plus what changed. The years are stated once and every
// year fact follows (columns, 「截止到 X年底」, section 八's baseline, targets and stages); edits name fields by id.
import type { FormEdits } from './edits';
import type { ReportYears } from './types';
import { formVersion, type BuiltForm, type FormRecipe } from './version';

/** What a derived version states: who it is, its years, and what changed in its text. */
export interface VersionChanges<Id extends string, Y extends ReportYears> extends FormEdits {
  readonly id: Id;
  readonly name: string;
  readonly source: string;
  readonly years: Y;
}

/** The recipe of `base` with the new identity and years, and the changes added after the base's own. */
type DerivedRecipe<R extends FormRecipe, Id extends string, Y extends ReportYears> = Omit<R, 'id' | 'years'> & {
  readonly id: Id;
  readonly years: Y;
};

/**
 * A new form version from a base version and what changed. Hint: the static type follows the new id and years
 * (so a draft's year keys are checked); added and removed fields are checked at run time by the draft schema.
 */
export function deriveVersion<R extends FormRecipe, const Id extends string, const Y extends ReportYears>(
  base: { readonly recipe: R },
  changes: VersionChanges<Id, Y>,
): BuiltForm<DerivedRecipe<R, Id, Y>> {
  const { id, name, source, years, ...edits } = changes;
  const recipe = { ...base.recipe, id, name, source, years, edits: [...(base.recipe.edits ?? []), edits] };
  return formVersion(recipe) as unknown as BuiltForm<DerivedRecipe<R, Id, Y>>;
}
