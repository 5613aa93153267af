// The official table shapes, read from the laid-out pages: 数字化新模式新业态推广情况's prompt heads one wide writing
// cell (no narrow third column) in every version; MIIT 2023's 集群绿色制造体系建设水平 is one cell of four
// 「…数量 ___」 lines and a note (not a five-row grid); numbers sit flush right in their cells.
import { describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { fontFacts } from '../../../src/pdf/font/fontFacts';
import { BODY, labelColumnWidth, TABLE } from '../../../src/pdf/style';
import { cellsAcross, findText } from '../../support/pdfLayoutChecks';
import { NOTICE_IDS, pdfFontBytes, writeVariant, type NoticeId, type Variant } from '../../support/pdfFixtures';

const RIGHT = BODY.x + BODY.width;
const near = (a: number, b: number) => Math.abs(a - b) < 0.05;

describe.each(NOTICE_IDS.flatMap((id) => (['blank', 'filled'] as Variant[]).map((v) => [id, v] as [NoticeId, Variant])))('%s %s', (noticeId, variant) => {
  it('prints 数字化新模式新业态推广情况 as its label beside one wide cell headed by the prompt', async () => {
    const pdf = await writeVariant(noticeId, variant);
    const section = resolveNotice(noticeId).form.sections.find((s) => s.items.some((i) => i.kind === 'group' && i.label === '数字化新模式新业态推广情况'))!;
    const prompt = findText(pdf.pages, '智能制造、工业互联网')!;
    const cells = cellsAcross(pdf.pages[prompt.page]!, prompt.op.y);
    expect(cells).toHaveLength(2);
    const [label, wide] = cells as [(typeof cells)[number], (typeof cells)[number]];
    expect(near(label.x, BODY.x)).toBe(true);
    expect(near(wide.x, BODY.x + labelColumnWidth(section.labelColumn!))).toBe(true);
    expect(near(wide.x + wide.width, RIGHT)).toBe(true);
    expect(prompt.op.x).toBeLessThan(wide.x + TABLE.padX + 1);
  }, 30_000);
});

describe.each(['blank', 'filled'] as Variant[])('sc-2023 (MIIT 2023 form) %s', (variant) => {
  it('prints 集群绿色制造体系建设水平 as one cell of four 「…数量 ___」 lines and the note, beside its label', async () => {
    const pdf = await writeVariant('sc-2023', variant);
    const label = findText(pdf.pages, '集群绿色制造体系建设水平')!;
    const plan = pdf.pages[label.page]!;
    const cells = cellsAcross(plan, label.op.y);
    expect(cells).toHaveLength(2);
    const cell = cells[1]!;
    expect(near(cell.x + cell.width, RIGHT)).toBe(true);
    for (const line of ['绿色工厂数量', '绿色工业园区数量', '绿色供应链管理企业数量', '绿色设计产品数量', '（注：需提供清单及佐证材料）']) {
      const found = findText([plan], line);
      expect(found, line).toBeDefined();
      expect(found!.op.x).toBeGreaterThan(cell.x);
      expect(found!.op.y).toBeGreaterThan(cell.y);
      expect(found!.op.y).toBeLessThan(cell.y + cell.height);
    }
  }, 30_000);
});

describe('numbers', () => {
  it('sit flush right in their cells, as typed', async () => {
    const pdf = await writeVariant('hb-2024', 'filled');
    const { advance } = fontFacts(pdfFontBytes());
    for (const value of ['36.50', '186.40', '412', '2860.00']) {
      const found = findText(pdf.pages, value)!;
      const right = found.op.x + Array.from(found.op.text).reduce((w, ch) => w + advance(ch) * found.op.size, 0);
      const cell = cellsAcross(pdf.pages[found.page]!, found.op.y).find((c) => c.x < found.op.x && c.x + c.width > found.op.x)!;
      expect(right, value).toBeCloseTo(cell.x + cell.width - TABLE.padX, 1);
    }
  }, 30_000);
});
