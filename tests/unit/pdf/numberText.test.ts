// Numbers in the PDF are printed as typed: two decimals where the field is decimal (填报说明 2), rounded digit by
// digit, whatever the length — never 「Infinity」, an exponent, or other digits than typed (issue 16).
import { describe, expect, test } from 'vitest';
import { numberText } from '../../../src/pdf/render/format';

const measure = { measure: 'amount' } as Parameters<typeof numberText>[0];
const count = { measure: 'count' } as Parameters<typeof numberText>[0];

describe('numberText', () => {
  test.each([
    ['36.5', '36.50'],
    ['１２，３４５．６', '12345.60'],
    ['0.005', '0.01'],
    ['2.675', '2.68'], // Hint: (2.675).toFixed(2) is 「2.67」: the binary value is below the typed one
    ['-0.004', '0.00'],
    ['-1.999', '-2.00'],
    ['99.995', '100.00'],
    ['12345678901234567890.12', '12345678901234567890.12'],
    ['9'.repeat(400), `${'9'.repeat(400)}.00`],
    ['1' + '0'.repeat(399) + '.555', `1${'0'.repeat(399)}.56`],
  ])('%s → %s', (typed, printed) => {
    expect(numberText(measure, typed)).toBe(printed);
  });

  test('a count prints its digits as typed, however many', () => {
    expect(numberText(count, '4'.repeat(400))).toBe('4'.repeat(400));
    expect(numberText(count, '007')).toBe('7');
  });
});
