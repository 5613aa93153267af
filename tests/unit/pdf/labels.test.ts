// Every printed label of every form version, laid out in the column the PDF gives it (the section's label column,
// a year table's, a group's items'): lines break at natural points — 「（200字以内）」 and unit brackets whole, no line
// starting with 「/」, no lone last character — and section 一's column holds the official 27 characters a line,
// section 二's year table 21.
import { describe, expect, it } from 'vitest';
import { formVersions } from '../../../src/forms/registry';
import type { FormDefinition, LayoutItem, SectionDefinition } from '../../../src/forms/types';
import { isStructure } from '../../../src/forms/structure';
import { fontFacts } from '../../../src/pdf/font/fontFacts';
import { layoutPara } from '../../../src/pdf/layout/paragraph';
import { labelPara } from '../../../src/pdf/render/paras';
import { labelColumnWidth, TABLE } from '../../../src/pdf/style';
import { textMeasure } from '../../../src/pdf/text/metrics';
import { pdfFontBytes } from '../../support/pdfFixtures';

const measure = textMeasure(fontFacts(pdfFontBytes()).advance);
const lineTexts = (label: string, chars: number) =>
  layoutPara(labelPara(label), labelColumnWidth(chars) - 2 * TABLE.padX, measure).map((l) => l.items.map((i) => (i.kind === 'text' ? i.text : '')).join(''));

/** Each label with the characters a line of its column holds, as the PDF sets them. */
function labelsOf(section: SectionDefinition): { label: string; chars: number }[] {
  const column = section.labelColumn ?? TABLE.labelChars;
  const walk = (item: LayoutItem, chars: number): { label: string; chars: number }[] => {
    if (!isStructure(item)) return [{ label: item.label, chars }];
    switch (item.kind) {
      case 'yearTable':
        return item.items.flatMap((i) => walk(i, item.labelColumn ?? chars));
      case 'group':
        return [{ label: item.label, chars }, ...item.items.flatMap((i) => walk(i, item.itemLabelColumn ?? TABLE.itemLabelChars))];
      case 'fillInCell':
      case 'mirror':
        return [{ label: item.label, chars }];
      default:
        return [];
    }
  };
  return section.items.flatMap((i) => walk(i, column));
}

const tables = (form: FormDefinition) => form.sections.slice(0, 7);

describe.each(Object.values(formVersions).map((f): [string, FormDefinition] => [f.id, f]))('%s labels', (_id, form) => {
  const all = tables(form).flatMap((s) => labelsOf(s).map((l) => ({ ...l, lines: lineTexts(l.label, l.chars) })));

  it('never start a line with 「/」 and keep 「（200字以内）」 and unit brackets whole', () => {
    expect(all.filter((l) => l.lines.some((line) => line.startsWith('/')))).toEqual([]);
    const brackets = (label: string) => label.match(/（(?:200字以内|%|亿元|万元|平方公里|吨二氧化碳\/万元|吨标准煤\/万元)）/g) ?? [];
    const split = all.filter((l) => brackets(l.label).some((b) => !l.lines.some((line) => line.includes(b))));
    expect(split.map((l) => l.lines)).toEqual([]);
  });

  it('leave no lone character on a last line', () => {
    expect(all.filter((l) => l.lines.length > 1 && Array.from(l.lines.at(-1)!).length === 1).map((l) => l.lines)).toEqual([]);
  });

  it('run about as long as the official form’s lines: 27 characters in section 一, 21 in section 二’s year table', () => {
    const firstLines = (sectionIndex: number, chars: number) =>
      labelsOf(form.sections[sectionIndex]!).filter((l) => l.chars === chars && lineTexts(l.label, l.chars).length > 1).map((l) => Array.from(lineTexts(l.label, l.chars)[0]!).length);
    const s1 = firstLines(0, form.sections[0]!.labelColumn!);
    expect(s1.length).toBeGreaterThan(0);
    expect(Math.max(...s1)).toBeGreaterThanOrEqual(25);
    expect(Math.max(...s1)).toBeLessThanOrEqual(27);
    const yearTable = form.sections[1]!.items.find((i) => i.kind === 'yearTable');
    const s2 = firstLines(1, yearTable && 'labelColumn' in yearTable ? yearTable.labelColumn! : 0);
    expect(Math.max(...s2)).toBeGreaterThanOrEqual(19);
    expect(Math.max(...s2)).toBeLessThanOrEqual(21);
  });
});
