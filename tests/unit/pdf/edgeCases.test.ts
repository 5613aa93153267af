// The PDF beyond the fixtures: a nearly empty draft (empty fields print empty, never 「无」),
// characters the font lacks (listed with their fields, printed as 〓), a form version the PDF code has never
// seen, file names, progress, reproducible bytes, and a control showing the ink check can fail.
import { describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { miit2024 } from '../../../src/forms/miit-2024';
import { formTexts } from '../../../src/forms/walk';
import type { FormDefinition, SectionDefinition } from '../../../src/forms/types';
import { documentTitle, pdfFileName } from '../../../src/pdf/fileName';
import { openFont } from '../../../src/pdf/font/fontkitAdapter';
import { findMissing } from '../../../src/pdf/missing';
import { writeFormPdfDetailed } from '../../../src/pdf/writer';
import { blankCharacters, documentText, firstCharBoxes, INK, squash } from '../../support/pdfChecks';
import { FIXED_DATE, fixtureValues, pdfFontBytes, writeNoticePdf } from '../../support/pdfFixtures';
import { pdfFonts, qpdfCheck, renderPdf, RENDERERS } from '../../support/pdfRender';

const font = openFont(pdfFontBytes());

describe('a nearly empty draft', () => {
  it('is a valid PDF whose every character is drawn, and that says 「无」 nowhere (nobody typed it)', async () => {
    const pdf = await writeNoticePdf('hb-2024', { clusterName: '仙桃' });
    expect(() => qpdfCheck(pdf.bytes)).not.toThrow();
    expect(pdfFonts(pdf.bytes)[0]).toMatchObject({ embedded: true, subset: true, unicode: true });
    for (const renderer of RENDERERS) {
      const { pages, warnings } = renderPdf(pdf.bytes, renderer, INK.dpi);
      expect(blankCharacters(firstCharBoxes(pdf.pages), pages), renderer).toEqual([]);
      expect(warnings).toBe('');
    }
    const texts = pdf.pages.flatMap((p) => p.ops).flatMap((o) => (o.kind === 'text' ? [o.text] : []));
    expect(texts.filter((t) => t.trim() === '无')).toEqual([]);
  }, 30_000);
});

describe('entries far over their limits', () => {
  it('flow over pages without losing a character: a 2400-character narrative, 80 names in a group', async () => {
    const values = fixtureValues('hb-2024');
    values['chainNarrative'] = '集群围绕非织造布主导产业，持续开展强链补链工作，引进配套项目。'.repeat(80);
    values['provincialPlatforms'] = { count: '80', names: Array.from({ length: 80 }, (_, i) => `湖北省第${i + 1}号非织造布工程技术研究中心`) };
    const pdf = await writeNoticePdf('hb-2024', values);
    expect(() => qpdfCheck(pdf.bytes)).not.toThrow();
    const { joined } = documentText(pdf.bytes);
    expect(joined).toContain(squash(String(values['chainNarrative'])));
    expect(joined).toContain('湖北省第80号非织造布工程技术研究中心');
    const start = (id: string) => pdf.pages.findIndex((p) => p.sectionStart === id);
    expect(start('s3') - start('s2')).toBeGreaterThanOrEqual(4);
  }, 30_000);
});

describe('characters the font lacks', () => {
  const values = { ...fixtureValues('hb-2024'), clusterName: '仙桃😀产业', operatorContactName: '程𠮷新', planProblems: '零宽\u200B空格不算' };

  it('are not in the font (the premise)', () => {
    for (const ch of ['😀', '𠮷']) expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(false);
  });

  it('are listed with the fields and labels they are in; invisible format characters are not', () => {
    expect(findMissing(miit2024, values, font)).toEqual([
      { char: '😀', fieldIds: ['clusterName'], labels: ['集群名称'] },
      { char: '𠮷', fieldIds: ['operatorContactName'], labels: ['联系人（集群运营管理机构）'] },
    ]);
  });

  it('print as 〓, never as nothing, and the writer reports them too', async () => {
    const pdf = await writeNoticePdf('hb-2024', values);
    expect(pdf.missing.map((m) => m.char)).toEqual(['😀', '𠮷']);
    const { joined } = documentText(pdf.bytes);
    expect(joined).toContain('仙桃〓产业');
    expect(joined).toContain('程〓新');
    expect(joined).toContain('零宽空格不算');
  }, 30_000);
});

/** A 2025 form version no PDF code knows: other years, an issuer, a new section item and tick-box group. */
function form2025(): FormDefinition {
  const extra: SectionDefinition['items'] = [
    { kind: 'ticks', id: 'aiWork', label: '集群已开展的人工智能应用工作', options: [{ value: 'o1', label: '建设了行业大模型应用场景' }, { value: 'o2', label: '开展了人工智能赋能诊断' }], note: '（注：勾选需提供佐证材料）' },
    { kind: 'yearTable', header: '年度', items: [{ kind: 'number', id: 'aiSpend', label: '人工智能投入（万元）', measure: 'amount', unit: '万元', perYear: true }] },
  ];
  const sections = miit2024.sections.map((s) => (s.id === 's4' ? { ...s, items: [...s.items, ...extra] } : s));
  return { ...miit2024, id: 'miit-2024', name: '2025 年版', years: [2022, 2023, 2024], dataAsOfYear: 2024, cover: { ...miit2024.cover, issuer: '某省工业和信息化厅 制' }, sections };
}

describe('a form version the PDF code has never seen', () => {
  it('prints every label and its own years', async () => {
    const form = form2025();
    const { notice } = resolveNotice('hb-2024');
    const pdf = await writeFormPdfDetailed({ form, notice: { ...notice, id: 'xx-2025' }, values: { aiWork: ['o2'], aiSpend: { '2024': '12.5' } }, fontBytes: pdfFontBytes(), date: FIXED_DATE });
    const { joined } = documentText(pdf.bytes);
    expect(formTexts(form).map(squash).filter((t) => !joined.includes(t))).toEqual([]);
    expect(joined).toContain('2022年2023年2024年');
    expect(joined).toContain('12.5');
    expect(joined).not.toContain('12.50');
    expect(pdf.pages.flatMap((p) => p.ops).filter((o) => o.kind === 'box' && o.checked).length).toBe(1);
  }, 30_000);
});

describe('file names and progress', () => {
  const naming = { formTitle: '中小企业特色产业集群申报表', versionName: '工业和信息化部 2024 年版', draft: false };
  it.each([
    ['湖北省仙桃市非织造布产业', undefined, false, false, '湖北省仙桃市非织造布产业-中小企业特色产业集群申报表.pdf'],
    ['湖北省仙桃市非织造布产业', undefined, false, true, '湖北省仙桃市非织造布产业-中小企业特色产业集群申报表（草稿）.pdf'],
    ['佛山/顺德:小家电*集群?', undefined, false, false, '佛山_顺德_小家电_集群_-中小企业特色产业集群申报表.pdf'],
    ['  ', '我的草稿', false, false, '我的草稿-中小企业特色产业集群申报表.pdf'],
    ['', undefined, false, false, '未命名集群-中小企业特色产业集群申报表.pdf'],
    ['', undefined, true, false, '空白表（工业和信息化部 2024 年版）-中小企业特色产业集群申报表.pdf'],
  ])('names %j (title %j, blank %j, draft %j) %s', (clusterName, title, blank, draft, expected) => {
    expect(pdfFileName({ ...naming, clusterName, title, blank, draft })).toBe(expected);
  });

  it('titles the document with the form and the cluster, and marks a draft', () => {
    expect(documentTitle({ ...naming, clusterName: '湖北省仙桃市非织造布产业' })).toBe('中小企业特色产业集群申报表（湖北省仙桃市非织造布产业）');
    expect(documentTitle({ ...naming, clusterName: '', draft: true })).toBe('中小企业特色产业集群申报表 草稿（未完成）');
  });

  it('reports progress from 0 to 1, with what is being done, and writes the same bytes twice', async () => {
    const steps: [number, string][] = [];
    const { notice, form } = resolveNotice('sc-2023');
    const input = { form, notice, values: fixtureValues('sc-2023'), fontBytes: pdfFontBytes(), date: FIXED_DATE };
    const first = await writeFormPdfDetailed({ ...input, onProgress: (f, s) => steps.push([f, s]) });
    expect(steps.map(([f]) => f)).toEqual([...steps.map(([f]) => f)].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual([1, '完成']);
    expect(steps.some(([, s]) => s.startsWith('排版：一、基本情况'))).toBe(true);
    const second = await writeFormPdfDetailed(input);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  }, 30_000);
});

describe('the ink check itself', () => {
  it('finds every character blank where nothing was drawn', async () => {
    const pdf = await writeNoticePdf('hb-2024', null);
    const boxes = firstCharBoxes(pdf.pages);
    const { pages } = renderPdf(pdf.bytes, 'poppler', INK.dpi);
    // The same boxes moved into the empty left margin.
    const moved = new Map([...boxes].map(([ch, b]) => [ch, { ...b, x: 2, page: 0 }]));
    expect(blankCharacters(moved, pages)).toHaveLength(boxes.size);
    expect(boxes.size).toBeGreaterThan(500);
  }, 30_000);
});
