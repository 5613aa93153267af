// Figures as bulletins publish them, read in the cell's own unit (only ever offered to the user), and the text a
// number cell keeps on leaving it: normalised, a one-place decimal written with two, never rounded.
import { describe, expect, test } from 'vitest';
import { cellTextOnLeave, countUnit } from '../../../src/forms/numbers';
import { readPublished } from '../../../src/forms/published';
import type { CellUnit } from '../../../src/forms/published';

const COUNT: CellUnit = { measure: 'count', unit: '家' };
const PEOPLE: CellUnit = { measure: 'count', unit: '人' };
const YI: CellUnit = { measure: 'amount', unit: '亿元' };
const WAN: CellUnit = { measure: 'amount', unit: '万元' };
const SHARE: CellUnit = { measure: 'share', unit: '%' };
const AREA: CellUnit = { measure: 'amount', unit: '平方公里' };

describe('readPublished', () => {
  test.each([
    ['1.05万', PEOPLE, '10500', undefined],
    ['1.05万人', PEOPLE, '10500', undefined],
    ['133户', COUNT, '133', undefined],
    ['１３３家', COUNT, '133', undefined],
    ['1,205家', COUNT, '1205', undefined],
    ['300多家', COUNT, '300', '“多”表示多于 300家，请按佐证材料填写准确数字'],
    ['超90亿元', YI, '90', '“超”表示多于 90亿元，请按佐证材料填写准确数字'],
    ['90亿元以上', YI, '90', '“以上”表示多于 90亿元，请按佐证材料填写准确数字'],
    ['超90亿', YI, '90', '“超”表示多于 90亿元，请按佐证材料填写准确数字'],
    ['236.12亿元', YI, '236.12', undefined],
    ['540000万元', YI, '54', undefined],
    ['5.4亿元', WAN, '54000', undefined],
    ['3,456万元', WAN, '3456', undefined],
    ['1.2亿', WAN, '12000', undefined],
    ['约45%', SHARE, '45', '“约”是约数，请按佐证材料填写准确数字'],
    ['45%左右', SHARE, '45', '“左右”是约数，请按佐证材料填写准确数字'],
    ['36.5平方公里', AREA, '36.5', undefined],
  ])('%j in a %j cell → %s', (raw, cell, value, note) => {
    expect(readPublished(raw, cell)).toEqual(note ? { value, note } : { value });
  });

  test.each([
    ['a plain number (nothing to offer)', '236.12', YI],
    ['a unit the cell does not take', '12亿元', COUNT],
    ['people in a money cell', '12人', YI],
    ['money in a share', '12万元', SHARE],
    ['words', '约四百家', COUNT],
    ['two numbers', '12-15家', COUNT],
  ])('%s gives no offer', (_, raw, cell) => {
    expect(readPublished(raw, cell)).toBeUndefined();
  });
});

describe('cellTextOnLeave shows the cell as the PDF prints it', () => {
  test.each([
    ['12.5', 'amount', '12.50'],
    ['-3.5％', 'growth', '-3.50'],
    ['１２，３４５．６', 'amount', '12345.60'],
    ['12', 'amount', '12'],
    ['12.345', 'amount', '12.345'],
    ['12.5', 'count', '12.5'],
    ['约400家', 'count', '约400家'],
  ] as const)('%j (%s) → %j', (raw, measure, shown) => {
    expect(cellTextOnLeave(raw, measure)).toBe(shown);
  });
});

test.each([
  ['集群企业数量', '家'],
  ['主导产业相关的国家级高新技术企业数量', '家'],
  ['国家级高新技术企业、省级专精特新中小企业、创新型中小企业和链主企业、单项冠军企业', '家'],
  ['集群中小企业从业人员数量', '人'],
  ['集群中小企业PCT国际专利申请量', '件'],
  ['集群或集群内企业在境外设立分支机构数量', '个'],
])('a count of %s is read in %s', (label, unit) => {
  expect(countUnit(label)).toBe(unit);
});
