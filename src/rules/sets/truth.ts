// Three-valued logic for criteria with alternatives (「不少于1家…，或者不少于10家…」): an alternative is met, unmet,
// or unknown (data missing); the criterion holds as soon as one alternative is met, whatever the others hold.
import { meets } from '../bounds';
import type { Bound } from '../bounds';
import type { Observation } from './metrics';

/** Whether an alternative holds: known true, known false, or unknown for want of data. */
export type Truth = 'met' | 'unmet' | 'unknown';

/**
 * Kleene's OR: true OR anything = true; false OR unknown = unknown; false OR false = false.
 * An 「或者」 criterion with no alternatives is unmet.
 */
export function anyTruth(truths: readonly Truth[]): Truth {
  if (truths.includes('met')) return 'met';
  return truths.includes('unknown') ? 'unknown' : 'unmet';
}

/**
 * An observation against a bound. An unknown value whose known part already meets a lower bound (「不少于」「以上」
 * 「高于」) is met: the blank parts can only add to it.
 */
export function truthOf(bound: Bound, o: Observation): Truth {
  if (o.value !== null) return meets(bound, o.value) ? 'met' : 'unmet';
  if (o.floor !== undefined && bound.op !== 'atMost' && meets(bound, o.floor)) return 'met';
  return 'unknown';
}
