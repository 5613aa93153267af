// The 申报表 as .docx: every printed text of the form in order, each section's table with the rows and merged
// cells of the PDF's layout, tick boxes as the form's characters, A4 in 宋体; and LibreOffice opens it and
// prints every label and value (the check that the file opens cleanly).
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { formTexts } from '../../../src/forms/walk';
import { writeFormDocx } from '../../../src/docx/writer';
import type { Unit } from '../../../src/pdf/layout/types';
import { instructionUnits, sectionUnits } from '../../../src/pdf/render/sections';
import { coverUnits } from '../../../src/pdf/render/cover';
import { textMeasure } from '../../../src/pdf/text/metrics';
import { fixtureDrafts } from '../../fixtures/drafts';
import { docxPart, docxSections, libreOfficePdf, tableShape, xmlText } from '../../support/docxRead';
import { expectedTicks, squash, typedTexts } from '../../support/pdfChecks';
import { pdfText } from '../../support/pdfRender';

const NOTICES = ['gd-2023', 'sc-2023', 'hb-2024'] as const;

/** The PDF layout's own count of rows and vertical merges, walked independently of the DOCX writer. */
function layoutShape(units: readonly Unit[]) {
  let rows = 0;
  let merges = 0;
  const walk = (u: Unit): number => {
    if (u.kind === 'row') return u.cells.every((c) => !c.border) ? 0 : 1;
    if (u.kind === 'table') return [...u.header, ...u.body].reduce((n, x) => n + walk(x), 0);
    const inner = u.children.reduce((n, x) => n + walk(x), 0);
    if (inner > 0) merges++;
    return Math.max(inner, 1);
  };
  for (const u of units) rows += walk(u);
  return { rows, merges };
}

describe.each(NOTICES)('the %s 申报表 as .docx', (noticeId) => {
  const { form, notice } = resolveNotice(noticeId);
  const values = fixtureDrafts[noticeId].values as FormValues;
  const filled = writeFormDocx({ form, notice, values });
  const blank = writeFormDocx({ form, notice, values: null });

  test('holds every printed text of the form, in print order, and every typed value', async () => {
    const text = squash(xmlText(docxPart(await filled, 'word/document.xml')));
    let at = 0;
    const outOfOrder: string[] = [];
    for (const label of formTexts(form).map(squash)) {
      const found = text.indexOf(label, at);
      if (found < 0) outOfOrder.push(label);
      else at = found;
    }
    expect(outOfOrder).toEqual([]);
    expect(typedTexts(form, values).filter((t) => !text.includes(t.text))).toEqual([]);
  });

  test('each page the PDF starts is a section whose tables have the layout\'s rows and merged cells', async () => {
    const sections = docxSections(docxPart(await filled, 'word/document.xml'));
    const ctx = { form, values, measure: textMeasure(() => 1) };
    const pages = [coverUnits(ctx), instructionUnits(ctx), ...form.sections.map((s) => sectionUnits(s, ctx))];
    expect(sections).toHaveLength(pages.length);
    pages.forEach((units, i) => {
      const want = layoutShape(units);
      const got = tableShape(sections[i]!);
      expect({ page: i, rows: got.rows, merges: got.mergesStarted }).toEqual({ page: i, ...{ rows: want.rows, merges: want.merges } });
    });
  });

  test('tick boxes are the form\'s own characters, ☑ where the draft ticks, □ elsewhere, blank form all □', async () => {
    const boxes = (xml: string) => [...xmlText(xml)].filter((c) => c === '☑' || c === '□').map((c) => c === '☑');
    expect(boxes(docxPart(await filled, 'word/document.xml'))).toEqual(expectedTicks(form, values));
    expect(boxes(docxPart(await blank, 'word/document.xml'))).toEqual(expectedTicks(form, null));
  });

  test('is A4 with the form\'s margins, set in 宋体 with Times New Roman for Latin', async () => {
    const xml = docxPart(await filled, 'word/document.xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const defaults = docxPart(await filled, 'word/styles.xml').match(/<w:docDefaults>.*<\/w:docDefaults>/)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"\/>/);
    expect(defaults).toContain('<w:sz w:val="21"/>');
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    // Hint: every run takes the fonts from the defaults; none names another.
    expect(xml).not.toContain('<w:rFonts');
    expect(docxPart(await filled, 'docProps/core.xml')).toContain(`${form.cover.title}（${values['clusterName']}）`);
  });
});

describe.each(NOTICES)('LibreOffice opens the %s .docx', (noticeId) => {
  test('and prints every label and every typed value', async () => {
    const { form, notice } = resolveNotice(noticeId);
    const values = fixtureDrafts[noticeId].values as FormValues;
    const pdf = await libreOfficePdf(await writeFormDocx({ form, notice, values }));
    const pages = pdfText(pdf, { raw: true }).map(squash);
    expect(pages[1]).toContain('第2页共');
    const text = pages.map((p) => p.replace(/第\d+页共\d+页/g, '')).join('');
    expect(formTexts(form).map(squash).filter((t) => !text.includes(t))).toEqual([]);
    expect(typedTexts(form, values).filter((t) => !text.includes(t.text))).toEqual([]);
  }, 300_000);
});
