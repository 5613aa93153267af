// 表1 企业发展情况表 against the seed (粤工信服务函〔2023〕6号 附件2 表1), word by word; its years derived from each
// form version's, so a later form gets its own without code.
import { describe, expect, test } from 'vitest';
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import { formVersions } from '../../../src/forms/registry';
import type { FormDefinition } from '../../../src/forms/types';
import { tableColumns, templateDocument } from '../../../src/enterprises/documents';
import type { TableColumn } from '../../../src/pdf/tables/types';
import { normalise, readSeed, sliceBetween } from '../../support/seedText';

/** The texts in reading order: title, lines, first header level, second header level, the note. */
function printedOrder(form: FormDefinition): string[] {
  const doc = templateDocument(enterpriseTableOf(form));
  const level = (cs: readonly TableColumn[], n: number): string[] => (n === 0 ? cs.map((c) => c.label) : cs.flatMap((c) => ('children' in c ? level(c.children, n - 1) : [])));
  const lines = (doc.headerLines ?? []).flatMap((l) => [l.left ?? '', l.right ?? '']);
  return [doc.title, ...lines, ...level(doc.columns, 0), ...level(doc.columns, 1), doc.footnote!];
}

describe('the Guangdong 表1', () => {
  const raw = sliceBetween(readSeed('gd-2023-notice.txt'), /企业发展情况表\s*\n\s*\n填表单位/, /附件 3/);

  test('prints exactly the seed’s texts, in the seed’s order', () => {
    expect(normalise(printedOrder(formVersions['gd-2023']).join(''))).toBe(normalise(raw).replace(/附件3$/, ''));
  });

  test('with one row numbered 「1」 before the note, as the seed prints it', () => {
    // Hint: normalise() drops lines holding only a number (page numbers), so the row is checked on the raw text.
    expect(raw).toMatch(/\n1 \n\s*\n备注：本表仅用于/);
    expect(templateDocument(enterpriseTableOf(formVersions['gd-2023'])).rows.map((r) => r.cells)).toEqual([['1']]);
  });

  test('columns 序号, 企业名称, 主营业务, four amounts for 2019–2022, 2022 staff, 备注: 22 in all', () => {
    const cols = tableColumns(enterpriseTableOf(formVersions['gd-2023']));
    const leaves = (cs: readonly TableColumn[]): string[] => cs.flatMap((c) => ('children' in c ? leaves(c.children).map((y) => `${c.label}${y}`) : [c.label]));
    expect(leaves(cols)).toEqual([
      '序号', '企业名称', '主营业务',
      ...['产值（亿元）', '研发投入（万元）', '工业软件采购额（万元）', '出口贸易额（万元）'].flatMap((g) => [2019, 2020, 2021, 2022].map((y) => `${g}${y}年`)),
      '2022年从业人员数', '2022年研发人员数', '备注',
    ]);
  });
});

describe.each([
  ['gd-2023', [2019, 2020, 2021, 2022], 2022],
  ['miit-2023', [2019, 2020, 2021, 2022], 2022],
  ['miit-2024', [2020, 2021, 2022, 2023], 2023],
] as const)('the %s table', (id, years, asOf) => {
  test(`reports ${years.join('、')} and its staff as of ${asOf}`, () => {
    const t = enterpriseTableOf(formVersions[id]);
    expect([t.years, t.asOfYear]).toEqual([years, asOf]);
    expect(t.leaves.map((l) => l.label)).toContain(`${asOf}年从业人员数`);
  });
});

test('a later form version gets its own years, with no code', () => {
  const later = { ...formVersions['miit-2024'], years: [2022, 2023, 2024], dataAsOfYear: 2024 } as unknown as FormDefinition;
  const t = enterpriseTableOf(later);
  expect([t.years, t.leaves.find((l) => l.column.key === 'rdStaff')!.label]).toEqual([[2021, 2022, 2023, 2024], '2024年研发人员数']);
});
