// What each number cell of a field holds — its measure and the unit it is entered in — found by the cell's path.
// The rules word their messages with it; the wizard shows the unit in the cell and reads pasted figures with it.
import type { Concept } from '../../forms/concepts';
import { countUnit } from '../../forms/numbers';
import type { PerKind } from '../../forms/perKind';
import { callForKind } from '../../forms/perKind';
import type { Field, Measure, NumberField, TargetsField } from '../../forms/types';

/** A number cell: what kind of quantity, in which unit, and whether a fall is counted positive (降低率). */
export interface CellSpec {
  readonly measure: Measure;
  /** The unit shown with the cell: the form's (亿元, %), or the measure word of a count (家, 人, 件, 个). */
  readonly unit?: string;
  readonly reduction?: boolean;
}

/** Concepts whose growth-type number is a fall counted positive (降低率). */
const REDUCTION_CONCEPTS: ReadonlySet<Concept> = new Set(['energyIntensityReduction']);

/** A number field's cells: its unit, or for a count the word it is counted in. */
export function numberSpec(field: NumberField): CellSpec {
  const unit = field.unit ?? (field.measure === 'count' ? countUnit(field.label) : undefined);
  const reduction = !!field.concept && REDUCTION_CONCEPTS.has(field.concept);
  return { measure: field.measure, ...(unit ? { unit } : {}), ...(reduction ? { reduction } : {}) };
}

/** A targets row's 基准值/目标值 cells, from the row's measure and unit; none for 定性描述 and added rows. */
function _targetsSpec(field: TargetsField, keys: string[]): CellSpec | undefined {
  const [part, key, cell] = keys;
  if (part !== 'fixed' || (cell !== 'baseline' && cell !== 'target')) return undefined;
  const row = field.directions.flatMap((d) => d.indicators).find((i) => i.key === key);
  return row?.measure ? { measure: row.measure, ...(row.unit ? { unit: row.unit } : {}) } : undefined;
}

const _none = () => undefined;
const COUNT_OF_STANDARDS: CellSpec = { measure: 'count', unit: '项' };
const COUNT_OF_NAMES: CellSpec = { measure: 'count', unit: '个' };

/** Per kind: the number cell at a path inside the field, or undefined where the path holds no number. */
export const kindCells: PerKind<[keys: string[]], CellSpec | undefined> = {
  number: (field) => numberSpec(field),
  standards: (_f, keys) => (keys.length === 3 ? COUNT_OF_STANDARDS : undefined),
  countList: (_f, keys) => (keys[0] === 'count' ? COUNT_OF_NAMES : undefined),
  targets: _targetsSpec,
  text: _none,
  narrative: _none,
  planText: _none,
  choice: _none,
  ticks: _none,
  region: _none,
};

/** The number cell at `path` ('2023', 'count', 'fixed.rdSpend.target' …) of the field, if it holds a number. */
export function cellSpec(field: Field, path?: string): CellSpec | undefined {
  return callForKind(kindCells, field, path ? path.split('.') : []);
}
