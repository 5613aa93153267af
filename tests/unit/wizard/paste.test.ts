// A block copied from Excel or WPS, read cell by cell as the form's cells take it and spread from the focused cell.
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { fieldById } from '../../../src/forms/walk';
import type { NumberField } from '../../../src/forms/types';
import { clipboardRows, pasteSummary, pastedText, planPaste } from '../../../src/wizard/fields/paste';
import { yearGrid } from '../../../src/wizard/items/YearTableView';

const { form } = resolveNotice('hb-2024');
const rows = ['totalOutput', 'leadingIndustryCagr', 'enterpriseCount', 'smeCount'].map((id) => fieldById(form, id) as NumberField);
const grid = yearGrid(rows, form.years);
const where = (plan: ReturnType<typeof planPaste>) => plan.writes.map((w) => [w.cell.field.id, w.cell.path ?? '', w.text]);

describe('clipboardRows', () => {
  test.each([
    ['a row', '186.4\t208.75\t236.12\r\n', [['186.4', '208.75', '236.12']]],
    ['a column', '312\n330\n351\n', [['312'], ['330'], ['351']]],
    ['a block with a quoted cell', '"1,205"\t1236\n398\t421', [['1,205', '1236'], ['398', '421']]],
  ])('%s', (_, text, expected) => {
    expect(clipboardRows(text)).toEqual(expected);
  });
});

describe('pastedText: each figure as its cell keeps it', () => {
  const yi = { measure: 'amount', unit: '亿元' } as const;
  const count = { measure: 'count', unit: '家' } as const;
  test.each([
    ['full-width digits and separators', '１２，３４５．６', yi, { text: '12345.60' }],
    ['its unit taken off, and said', '236.12亿元', yi, { text: '236.12', unit: '亿元' }],
    ['a count with its measure word', '1,205家', count, { text: '1205', unit: '家' }],
    ['another measure word of a count', '133户', count, { text: '133', unit: '户' }],
    ['a percentage in a share', '40.35%', { measure: 'share', unit: '%' } as const, { text: '40.35' }],
    ['a multiplier is not converted unasked', '1.05万', count, { text: '1.05万' }],
    ['words are kept as copied', '约400家', count, { text: '约400家' }],
  ])('%s', (_, raw, spec, expected) => {
    expect(pastedText(raw, spec)).toEqual(expected);
  });
});

describe('planPaste over the year table', () => {
  test('a 3-year row from its first year fills that row', () => {
    const plan = planPaste(grid, 0, 0, '186.4\t208.75\t236.12\n');
    expect(where(plan)).toEqual([
      ['totalOutput', '2021', '186.40'],
      ['totalOutput', '2022', '208.75'],
      ['totalOutput', '2023', '236.12'],
    ]);
    expect(pasteSummary(plan)).toBe('已粘贴 1×3 个数值');
  });

  test('a column pasted from the middle goes down, past the single-value row where it has no cell, and says what did not fit', () => {
    const plan = planPaste(grid, 0, 1, '208.75\n13.26\n436\n421\n9');
    expect(where(plan)).toEqual([
      ['totalOutput', '2022', '208.75'],
      ['enterpriseCount', '2022', '436'],
      ['smeCount', '2022', '421'],
    ]);
    expect(pasteSummary(plan)).toBe('已粘贴 5×1 个数值；2 个超出表格，未粘贴');
  });

  test('a block copied with its labels leaves the label column out, and says so', () => {
    const plan = planPaste(grid, 2, 0, '集群企业数量\t412\t436\t458\n其中：集群中小企业数量\t398\t421\t442');
    expect(where(plan).map(([id, y, t]) => `${id}.${y}=${t}`)).toEqual([
      'enterpriseCount.2021=412',
      'enterpriseCount.2022=436',
      'enterpriseCount.2023=458',
      'smeCount.2021=398',
      'smeCount.2022=421',
      'smeCount.2023=442',
    ]);
    expect(pasteSummary(plan)).toBe('已粘贴 2×3 个数值；首列文字未粘贴');
  });
});
