// The shape of a computed value's definition: its inputs by concept, its formula, and the cell that reports it.
import type { Concept } from '../../forms/concepts';

/** Index of a report year: 0 the oldest, 2 the last; 'last' also reads a single (year-end) value. */
export type YearIndex = 0 | 1 | 2;

/** One input of a formula. */
export interface InputRef {
  readonly concept: Concept;
  /** Which year; absent for a single value. */
  readonly year?: YearIndex | 'last';
  /** Short zh name for the formula text, e.g. 「总产值」; the year is prefixed where there is one. */
  readonly name: string;
}

/** Where the computed value is shown. */
export type ComputedTarget =
  /** A number cell of the form that reports the same quantity. */
  | { readonly kind: 'cell'; readonly concept: Concept; readonly year?: YearIndex }
  /** A baseline cell of section 8's targets table, found by the row's concept. */
  | { readonly kind: 'baseline'; readonly concept: Concept }
  /** No cell reports it: shown for reference beside this field. */
  | { readonly kind: 'info'; readonly concept: Concept };

/** A computed value: pure data plus the arithmetic. */
export interface ComputedSpec {
  readonly id: string;
  readonly label: string;
  readonly target: ComputedTarget;
  readonly inputs: readonly InputRef[];
  /** The formula in zh, given the input names with their years (same order as `inputs`). */
  readonly formula: (names: readonly string[]) => string;
  /** The arithmetic on the inputs' values (same order); a non-finite result means 「无法计算」. */
  readonly compute: (...xs: number[]) => number;
  /** Not applicable where the form has this concept (a better source exists). */
  readonly unless?: Concept;
  /** The value is its one input as it is (a baseline taken from the form's own figure). */
  readonly copy?: true;
}

/** 年均增速 over n intervals, in %. */
export const cagr = (first: number, last: number, intervals: number): number => ((last / first) ** (1 / intervals) - 1) * 100;

/** The mean of yearly growth rates (in %), compounded: ((1+g1)(1+g2)…)^(1/n) − 1, in %. */
export const compoundMean = (...rates: number[]): number =>
  (rates.reduce((acc, g) => acc * (1 + g / 100), 1) ** (1 / rates.length) - 1) * 100;
