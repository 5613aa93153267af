// Small constructors that keep the form definitions short and their ids and option values literal,
// so the draft type can be inferred from a definition.
import type { Concept } from './concepts';
import type {
  ChoiceField,
  CountListField,
  Measure,
  NarrativeField,
  NumberField,
  Option,
  PlanTextField,
  TicksField,
  Unit,
} from './types';

/** 「（注：勾选需提供佐证材料）」: the evidence duty printed under every tick-box group. */
export const TICK_EVIDENCE_NOTE = '（注：勾选需提供佐证材料）';

interface Extra {
  readonly note?: string;
  readonly concept?: Concept;
  readonly context?: string;
}

const YES = { value: 'yes', label: '是' } as const;
const NO = { value: 'no', label: '否' } as const;

/** A 是/否 question. */
export function yesNo<const Id extends string>(
  id: Id,
  label: string,
  extra: Extra & { layout?: 'inline' | 'stacked'; compliantAnswers?: readonly ('yes' | 'no')[]; evidenceWhenYes?: boolean } = {},
): ChoiceField<Id, 'yes' | 'no'> {
  const { layout = 'stacked', ...rest } = extra;
  return { kind: 'choice', id, label, options: [YES, NO], layout, ...rest };
}

/** A 是/否 question with a third 「不适用」-style option whose wording differs by version. */
export function yesNoNa<const Id extends string>(
  id: Id,
  label: string,
  naLabel: string,
  extra: Extra & { layout?: 'inline' | 'stacked'; compliantAnswers?: readonly ('yes' | 'no' | 'na')[] } = {},
): ChoiceField<Id, 'yes' | 'no' | 'na'> {
  const { layout = 'stacked', ...rest } = extra;
  return { kind: 'choice', id, label, options: [YES, NO, { value: 'na', label: naLabel }], layout, ...rest };
}

type NumberExtra<P extends boolean> = Extra & { unit?: Unit; perYear: P; yearLayout?: 'columns' | 'rows' };

/** A number field; `perYear` true gives one cell per report year. */
export function num<const Id extends string, const P extends boolean>(
  id: Id,
  label: string,
  measure: Measure,
  extra: NumberExtra<P>,
): NumberField<Id> & { readonly perYear: P } {
  return { kind: 'number', id, label, measure, ...extra };
}

/**
 * A tick-box group; options are stored by position (`o1`, `o2`, …).
 * Hint: official form versions never change once issued, so positions are stable within a version.
 */
export function ticks<const Id extends string>(
  id: Id,
  label: string,
  optionLabels: readonly string[],
  extra: Extra & { intro?: string; columns?: number } = {},
): TicksField<Id, `o${number}`> {
  const options: Option<`o${number}`>[] = optionLabels.map((text, i) => ({ value: `o${i + 1}`, label: text }));
  return { kind: 'ticks', id, label, options, note: TICK_EVIDENCE_NOTE, ...extra };
}

/** Free text limited to `limit` characters. */
export function narrative<const Id extends string>(
  id: Id,
  label: string,
  limit: number,
  extra: Extra & { labelPlacement?: NarrativeField['labelPlacement'] } = {},
): NarrativeField<Id> {
  return { kind: 'narrative', id, label, limit, ...extra };
}

/** 数量：__个 名称：__ */
export function countList<const Id extends string>(id: Id, label: string, extra: Extra = {}): CountListField<Id> {
  return { kind: 'countList', id, label, ...extra };
}

/** The text area under a section 8 heading; `period` is the year a 阶段性目标 is about. */
export function planText<const Id extends string>(id: Id, label: string, period?: number): PlanTextField<Id> {
  return { kind: 'planText', id, label, ...(period === undefined ? {} : { period }) };
}
