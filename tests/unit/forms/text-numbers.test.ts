// Character counts and number entry: what a person types and counts.
import { describe, expect, test } from 'vitest';
import { normaliseNumberText, parseNumberText } from '../../../src/forms/numbers';
import { countChars } from '../../../src/forms/text';

describe('countChars counts what a person counts', () => {
  test.each([
    ['集群主导产业为非织造布', 11],
    ['第一段\r\n第二段', 6],
    ['第一段\r第二段\n第三段', 9],
    ['𠀀𠀁是扩展B区汉字', 9],
    ['产值增长👍🏽', 5],
    ['家庭👨‍👩‍👧', 3],
    ['2023年产值 231.75 亿元', 17],
    ['', 0],
  ])('%j has %i characters', (text, n) => {
    expect(countChars(text)).toBe(n);
  });
});

describe('normaliseNumberText accepts what people type', () => {
  test.each([
    ['１２３', '123'],
    ['１２，３４５．６７', '12345.67'],
    ['12,345.6', '12345.6'],
    [' 1 234 ', '1234'],
    ['＋3.5', '3.5'],
    ['－3.5', '-3.5'],
    ['−12', '-12'],
    ['45.5%', '45.5'],
    ['４５％', '45'],
    ['007', '7'],
    ['0.50', '0.50'],
    ['约12亿', '约12亿'],
    ['1,2', '1,2'],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseNumberText(raw)).toBe(expected);
  });
});

describe('parseNumberText', () => {
  test('reads value and decimals', () => {
    expect(parseNumberText('１２，３４５．６７')).toEqual({ kind: 'number', value: 12345.67, decimals: 2 });
    expect(parseNumberText('-3')).toEqual({ kind: 'number', value: -3, decimals: 0 });
  });
  test('tells empty from invalid, keeping the invalid text', () => {
    expect(parseNumberText('  ')).toEqual({ kind: 'empty' });
    expect(parseNumberText(undefined)).toEqual({ kind: 'empty' });
    expect(parseNumberText('约12亿')).toEqual({ kind: 'invalid', text: '约12亿' });
  });
});
