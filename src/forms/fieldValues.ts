// What each kind of field holds in a draft, as one map from kind to value type, and typed access to a field's value.
// Hint: the value types come from the value schemas (values.ts); this map only says which kind holds which.
import type { Field } from './types';
import type {
  ChoiceValue,
  CountListValue,
  RegionValue,
  StandardsValue,
  TargetsValue,
  TextValue,
  TicksValue,
  YearCells,
} from './values';

/** Field kind → the value a draft stores for it. A new kind does not compile until it has an entry. */
export interface ValueOfKind {
  readonly text: TextValue;
  readonly narrative: TextValue;
  readonly planText: TextValue;
  /** A single value, or one per report year (`perYear`). */
  readonly number: TextValue | YearCells;
  readonly choice: ChoiceValue;
  readonly ticks: TicksValue;
  readonly countList: CountListValue;
  readonly standards: StandardsValue;
  readonly region: RegionValue;
  readonly targets: TargetsValue;
}

/** The value of a field of this type. Hint: indexing by `F['kind']` fails to compile for a kind missing above. */
export type FieldValue<F extends Field = Field> = ValueOfKind[F['kind']];

/**
 * A draft's values by field id, as every module outside storage receives them. Restore checked them against
 * the form version's value schemas, so each value has its field's shape.
 */
export type FormValues = { readonly [fieldId: string]: FieldValue | undefined };

/** The value of a field, typed by its kind; undefined when not entered (or when printing the blank form). */
export function valueOf<F extends Field>(values: FormValues | null | undefined, field: F): FieldValue<F> | undefined {
  return values?.[field.id] as FieldValue<F> | undefined;
}

/** A per-year number's cell for one year ('' when empty); a single number's text when `year` is absent. */
export function numberCellText(values: FormValues | null | undefined, field: Extract<Field, { kind: 'number' }>, year?: number): string {
  const value = valueOf(values, field);
  if (year === undefined || !field.perYear) return typeof value === 'string' ? value : '';
  const cell = typeof value === 'object' && value !== null ? value[`${year}`] : undefined;
  return typeof cell === 'string' ? cell : '';
}
