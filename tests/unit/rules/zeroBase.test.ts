// A growth from a base of 0 cannot be computed: it is shown as 「—（基数为 0）」, never as Infinity or a number.
import { expect, test } from 'vitest';
import { computedValues } from '../../../src/rules';
import { ctxOf, withCells } from './support';

test('年均增速 with a first year of 0: no value, and the reason 「基数为 0」 where the formula goes', () => {
  const computed = computedValues(ctxOf('hb-2024'), withCells('hb-2024', [[['totalOutput', '2021'], '0']]));
  const cagr = computed.find((c) => c.id === 'outputCagr');
  expect(cagr).toMatchObject({ value: null, formula: '基数为 0', suggestion: null, differs: false });
});
