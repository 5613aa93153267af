// The checks every notice's PDF must pass, blank and filled with its fixture draft: a valid file with the
// fonts embedded as subsets, every label and typed value in the text, no 「无」 nobody typed, the tick boxes'
// ☑ / □ in the text layer, sections 1–7 each starting a page, no page under a quarter full, tick boxes as
// ticked, every character drawn with ink in poppler and mupdf, and pages as the snapshots.
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { formTexts } from '../../../src/forms/walk';
import type { WrittenPdf } from '../../../src/pdf/writer';
import { NO_LINE_END, NO_LINE_START } from '../../../src/pdf/text/kinsoku';
import { documentTitle, namingOf } from '../../../src/pdf/fileName';
import { blankCharacters, documentText, expectedTicks, firstCharBoxes, INK, squash, typedTexts } from '../../support/pdfChecks';
import { countOf, optionMarks, pageFills } from '../../support/pdfLayoutChecks';
import { fixtureValues, writeVariant, type NoticeId, type Variant } from '../../support/pdfFixtures';
import { inkInBox, pdfFonts, qpdfCheck, renderPdf, RENDERERS } from '../../support/pdfRender';
import { comparePages } from '../../support/pdfSnapshots';

const INK_DPI = INK.dpi;

export function describeNoticePdf(noticeId: NoticeId): void {
  const { form } = resolveNotice(noticeId);
  describe.each<Variant>(['blank', 'filled'])(`${noticeId} %s PDF`, (variant) => {
    let pdf: WrittenPdf;
    let text: ReturnType<typeof documentText>;
    beforeAll(async () => {
      pdf = await writeVariant(noticeId, variant);
      text = documentText(pdf.bytes);
    }, 30_000);

    // Hint: each check that runs a poppler or qpdf tool gets time for a busy 2-core machine.
    const TOOL = 30_000;

    it('passes qpdf --check', () => {
      expect(() => qpdfCheck(pdf.bytes)).not.toThrow();
    }, TOOL);

    it('embeds the text font and the tick-mark font, each as a subset with a ToUnicode map', () => {
      const fonts = pdfFonts(pdf.bytes);
      expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['NotoSerifSC-Regular', 'DejaVuSans']);
      for (const font of fonts) expect(font).toMatchObject({ type: 'CID TrueType', embedded: true, subset: true, unicode: true });
      for (const font of fonts) expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }, TOOL);

    it('says 「无」 only where the form or the user does (empty fields print empty)', () => {
      const typed = variant === 'filled' ? typedTexts(form, fixtureValues(noticeId)).map((t) => t.text) : [];
      const expected = countOf('无', [...formTexts(form), ...typed].map(squash).join(''));
      expect(countOf('无', text.joined)).toBe(expected);
    });

    it('reads ☑ or □ before every option in the text layer, as the draft ticked it', () => {
      const values = variant === 'blank' ? null : fixtureValues(noticeId);
      const missing = optionMarks(form, values).filter((mark) => !text.joined.includes(mark));
      expect(missing).toEqual([]);
    });

    it('uses at least a quarter of every page of a section, its last page too', () => {
      const under = pageFills(pdf.pages).filter((p) => p.section && p.fill < 0.25);
      expect(under).toEqual([]);
    });

    it('gives back every label of the form through pdftotext', () => {
      const missing = formTexts(form).map(squash).filter((label) => !text.joined.includes(label));
      expect(missing).toEqual([]);
    });

    // Hint: only a filled form has typed values; the blank one defines no such test (rather than skipping it).
    if (variant === 'filled') {
      it('gives back every value typed, digits of phone numbers included', () => {
        const missing = typedTexts(form, fixtureValues(noticeId)).filter((t) => !text.joined.includes(t.text));
        expect(missing).toEqual([]);
      });
    }

    it('prints the cover\'s 所属地区 on one line, as the official cover has it', () => {
      const texts = (pdf.pages[0]?.ops ?? []).flatMap((o) => (o.kind === 'text' ? [o] : []));
      const y = (t: string) => texts.find((o) => o.text.includes(t))?.y;
      expect(y('所属地区')).toBeDefined();
      expect(y('县（市、区）')).toBe(y('所属地区'));
    });

    it('starts each section on a page of its own, its title first', () => {
      for (const section of form.sections) {
        const title = squash(`${section.number}、${section.title}`);
        const page = pdf.pages.findIndex((p) => p.sectionStart === section.id);
        expect(text.pages[page]?.startsWith(title), `${title} opens page ${page + 1}`).toBe(true);
        expect(text.pages[page - 1]?.includes(title)).toBe(false);
      }
    });

    it('prints every option with a box, ticked as in the draft', () => {
      const boxes = pdf.pages.flatMap((p) => p.ops.filter((o) => o.kind === 'box').map((o) => o.kind === 'box' && o.checked));
      expect(boxes).toEqual(expectedTicks(form, variant === 'blank' ? null : fixtureValues(noticeId)));
    });

    it('starts no line with closing punctuation and ends none with opening punctuation', () => {
      const lines = pdf.pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' && o.text !== '......' ? [o.text] : [])));
      expect(lines.filter((l) => NO_LINE_START.has(Array.from(l)[0] ?? ''))).toEqual([]);
      expect(lines.filter((l) => NO_LINE_END.has(Array.from(l).at(-1) ?? ''))).toEqual([]);
    });

    it('has the title, language and creator in its metadata', async () => {
      const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
      const values = variant === 'blank' ? null : fixtureValues(noticeId);
      expect(doc.getTitle()).toBe(documentTitle(namingOf(form, values, undefined, false)));
      expect(doc.getTitle()).toContain(form.cover.title);
      expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN');
      expect(doc.getCreator()).toBe('集群申报助手');
    }, TOOL);

    it.each(RENDERERS)('draws every distinct character with ink in %s, with no complaints', (renderer) => {
      const { pages, warnings } = renderPdf(pdf.bytes, renderer, INK_DPI);
      expect(pages).toHaveLength(pdf.pages.length);
      expect(blankCharacters(firstCharBoxes(pdf.pages), pages, INK_DPI)).toEqual([]);
      expect(warnings).toBe('');
      if (renderer !== 'poppler') return;
      // Tick boxes: a mark inside each ticked one, nothing inside the others.
      const boxes = pdf.pages.flatMap((p, page) => p.ops.flatMap((o) => (o.kind === 'box' ? [{ o, page }] : [])));
      const inside = boxes.map(({ o, page }) => {
        const side = o.size * 0.78;
        return inkInBox(pages, { page, x: o.x + side * 0.25, y: o.y + side * 0.25, width: side * 0.5, height: side * 0.5 }, INK_DPI) > 0;
      });
      expect(inside).toEqual(boxes.map(({ o }) => o.kind === 'box' && o.checked));
    }, 30_000);

    it('looks like its snapshot, page by page', () => {
      const result = comparePages(`${noticeId}-${variant}`, pdf.bytes);
      expect(result.pages).toBe(result.references);
      expect(result.over).toEqual([]);
    }, 30_000);
  });
}
