// Section 8 at full length: a 3000-character plan flows over pages under its headings with Chinese line
// breaking, justified to the column; a targets table that runs over a page repeats its header row.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { countChars } from '../../../src/forms/text';
import type { WrittenPdf } from '../../../src/pdf/writer';
import { NO_LINE_START } from '../../../src/pdf/text/kinsoku';
import { BODY, TEXT } from '../../../src/pdf/style';
import { documentText, squash } from '../../support/pdfChecks';
import { fixtureValues, writeNoticePdf } from '../../support/pdfFixtures';
import { withFullPlan } from '../../support/longPlan';
import { qpdfCheck } from '../../support/pdfRender';
import { openFont } from '../../../src/pdf/font/fontkitAdapter';
import { pdfFontBytes } from '../../support/pdfFixtures';

const { form } = resolveNotice('hb-2024');
const planIds = form.sections.find((s) => s.id === 's8')!.items.flatMap((i) => (i.kind === 'planHeading' && i.text ? [i.text.id] : []));
const font = openFont(pdfFontBytes());
const width = (text: string, size: number, spacing: number) =>
  Array.from(text).reduce((n, ch) => n + (font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm) * size + spacing, 0) - spacing;

function sectionPages(pdf: WrittenPdf, id: string): number[] {
  const start = pdf.pages.findIndex((p) => p.sectionStart === id);
  const next = pdf.pages.findIndex((p, i) => i > start && p.sectionStart !== undefined);
  return Array.from({ length: (next < 0 ? pdf.pages.length : next) - start }, (_, i) => start + i);
}

describe('a 3000-character development plan', () => {
  const values = withFullPlan(fixtureValues('hb-2024'));
  let pdf: WrittenPdf;
  beforeAll(async () => {
    pdf = await writeNoticePdf('hb-2024', values);
  }, 30_000);

  it('is 3000 characters, as the limit allows', () => {
    expect(planIds.reduce((n, id) => n + countChars(String(values[id])), 0)).toBe(3000);
  });

  it('flows over several pages of section 8 and gives every paragraph back', () => {
    expect(() => qpdfCheck(pdf.bytes)).not.toThrow();
    expect(sectionPages(pdf, 's8').length).toBeGreaterThanOrEqual(3);
    const { joined } = documentText(pdf.bytes);
    const paragraphs = planIds.flatMap((id) => String(values[id]).split('\n')).map(squash);
    expect(paragraphs.filter((p) => !joined.includes(p))).toEqual([]);
  });

  it('starts no line with closing punctuation and justifies every line but a paragraph’s last', () => {
    const lines = sectionPages(pdf, 's8').flatMap((i) => pdf.pages[i]!.ops.flatMap((o) => (o.kind === 'text' && o.size === TEXT.prose && !o.bold ? [o] : [])));
    expect(lines.length).toBeGreaterThan(80);
    expect(lines.filter((l) => NO_LINE_START.has(Array.from(l.text)[0] ?? '')).map((l) => l.text)).toEqual([]);
    const justified = lines.filter((l) => l.spacing > 0);
    expect(justified.length).toBeGreaterThan(40);
    for (const l of justified) expect(l.x + width(l.text, l.size, l.spacing)).toBeCloseTo(BODY.x + BODY.width, 1);
  });
});

describe('a targets table longer than a page', () => {
  it('repeats its header row at the top of the next page', async () => {
    const values = fixtureValues('hb-2024');
    const added = Array.from({ length: 45 }, (_, i) => ({ id: `x${i}`, direction: '其它', indicator: `自选指标${i + 1}`, baseline: `${i}`, target: `${i + 1}` }));
    values['planTargets'] = { ...(values['planTargets'] as object), added };
    const pdf = await writeNoticePdf('hb-2024', values);
    const header = squash('方向指标2023年基准值2026年目标值');
    const { pages } = documentText(pdf.bytes);
    const withHeader = pages.flatMap((p, i) => (p.includes(header) ? [i] : []));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    for (const i of withHeader.slice(1)) expect(pages[i]!.startsWith(header), `page ${i + 1} opens with the header`).toBe(true);
    expect(pages.join('')).toContain(squash('自选指标45'));
  }, 30_000);
});
