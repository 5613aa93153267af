// Numbers in the PDF are printed as typed — normalised (full-width digits, thousands separators, leading zeros)
// but never rounded or padded (issue 15), whatever the length: never 「Infinity」, an exponent, or other digits
// than typed (issue 16).
import { describe, expect, test } from 'vitest';
import { numberText } from '../../../src/pdf/render/format';

describe('numberText', () => {
  test.each([
    ['36.5', '36.5'],
    ['１２，３４５．６', '12345.6'],
    ['2.675', '2.675'],
    ['007', '7'],
    ['12345678901234567890.12', '12345678901234567890.12'],
    ['9'.repeat(400), '9'.repeat(400)],
    ['1' + '0'.repeat(399) + '.555', `1${'0'.repeat(399)}.555`],
    ['1500万', '1500万'],
    ['', ''],
  ])('%s → %s', (typed, printed) => {
    expect(numberText(typed)).toBe(printed);
  });
});
