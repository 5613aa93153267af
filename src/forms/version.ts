// A form version from what it states — its id, years, texts and sections — with every year fact derived from
// its three report years: 填报说明 6's 「截止到 X年底」, section 八's baseline and target years, 阶段性目标 years.
import { applyEdits, type FormEdits } from './edits';
import type { CoverDefinition, FormDefinition, ReportYears, SectionDefinition } from './types';

/** Every year a form prints, from its report years. */
export interface YearFacts {
  /** The three report years, oldest first. */
  readonly years: ReportYears;
  /** 填报说明 6: data not tied to a year are as of the end of this year (the last report year). */
  readonly dataAsOfYear: number;
  /** Section 8: the baseline year (the last report year) … */
  readonly baselineYear: number;
  /** … and the year the three-year targets are for. */
  readonly targetYear: number;
}

/** The year facts of a version reporting `years`. */
export function yearFacts(years: ReportYears): YearFacts {
  const last = years[2];
  return { years, dataAsOfYear: last, baselineYear: last, targetYear: last + 3 };
}

/** What a form version states; `formVersion` builds the definition from it. */
export interface FormRecipe {
  readonly id: string;
  /** A short human name for lists: 「工业和信息化部 2024 年版」. */
  readonly name: string;
  /** Where the text was taken from (seed file names). */
  readonly source: string;
  readonly years: ReportYears;
  readonly cover: CoverDefinition;
  /** 填报说明, the 11 points verbatim without their numbers; dated points read their year from the facts. */
  readonly instructions: (facts: YearFacts) => readonly string[];
  /** The nine sections; dated texts (section 八) read their years from the facts. */
  readonly sections: (facts: YearFacts) => readonly SectionDefinition[];
  /** Changes a derived version makes to what its base builds (see `deriveVersion`). */
  readonly edits?: readonly FormEdits[];
}

/** The definition a recipe builds: its texts and sections, its years stated once and every year fact derived. */
export type BuiltForm<R extends FormRecipe> = Omit<FormDefinition, 'id' | 'years' | 'cover' | 'sections'> & {
  readonly id: R['id'];
  readonly years: R['years'];
  readonly cover: R['cover'];
  readonly sections: ReturnType<R['sections']>;
  readonly recipe: R;
};

/** Builds a form version's definition from its recipe. */
export function formVersion<const R extends FormRecipe>(recipe: R): BuiltForm<R> {
  const facts = yearFacts(recipe.years);
  const built = {
    id: recipe.id,
    name: recipe.name,
    source: recipe.source,
    years: recipe.years,
    dataAsOfYear: facts.dataAsOfYear,
    plan: { baselineYear: facts.baselineYear, targetYear: facts.targetYear },
    cover: recipe.cover,
    instructions: recipe.instructions(facts),
    sections: recipe.sections(facts),
    recipe,
  };
  return (recipe.edits ?? []).reduce((form, edits) => applyEdits(form, edits), built) as BuiltForm<R>;
}
