// The cover: one type size for every field line, values on one line where they fit (「（小家电产业）」 whole), a long
// 集群名称 running on over the next underline without an empty extra underlined line, and 所属地区's blanks wide
// enough to write in (three characters at least).
import { describe, expect, it } from 'vitest';
import type { DrawOp } from '../../../src/pdf/layout/types';
import { TEXT } from '../../../src/pdf/style';
import { resolveNotice } from '../../../src/forms';
import { fontFacts } from '../../../src/pdf/font/fontFacts';
import { coverUnits } from '../../../src/pdf/render/cover';
import { printable } from '../../../src/pdf/text/clean';
import { textMeasure } from '../../../src/pdf/text/metrics';
import { fixtureValues, pdfFontBytes, writeVariant, NOTICE_IDS } from '../../support/pdfFixtures';

type TextOp = Extract<DrawOp, { kind: 'text' }>;
type RuleOp = Extract<DrawOp, { kind: 'rule' }>;
const texts = (ops: readonly DrawOp[]) => ops.filter((o): o is TextOp => o.kind === 'text');
const rules = (ops: readonly DrawOp[]) => ops.filter((o): o is RuleOp => o.kind === 'rule');
/** The cover's field lines: text in one of the field sizes (not the title, the hints or the issuer). */
const fieldTexts = (ops: readonly DrawOp[]) => texts(ops).filter((o) => (TEXT.coverFieldSizes as readonly number[]).includes(o.size) && !o.bold && !/制$/.test(o.text));

describe.each(NOTICE_IDS)('%s cover', (noticeId) => {
  it('sets every field line in one size, blank and filled', async () => {
    for (const variant of ['blank', 'filled'] as const) {
      const sizes = new Set(fieldTexts((await writeVariant(noticeId, variant)).pages[0]!.ops).map((o) => o.size));
      expect([...sizes], variant).toHaveLength(1);
    }
  }, 30_000);

  it('leaves 所属地区 blanks at least three characters wide', async () => {
    const cover = (await writeVariant(noticeId, 'blank')).pages[0]!.ops;
    const region = fieldTexts(cover).find((o) => o.text.startsWith('所属地区'))!;
    const blanks = rules(cover).filter((r) => Math.abs(r.y1 - (region.y - region.size * 0.2)) < 0.5);
    expect(blanks.length).toBeGreaterThanOrEqual(2);
    for (const b of blanks) expect(b.x2 - b.x1).toBeGreaterThanOrEqual(3 * region.size - 0.01);
  }, 30_000);

  it('runs a long 集群名称 over the next underline, with no empty underlined line after it, whatever its length', () => {
    const { form } = resolveNotice(noticeId);
    const { covers, advance } = fontFacts(pdfFontBytes());
    const measure = textMeasure(advance, (t) => printable(t, covers));
    const name = '湖北省仙桃市非织造布及医卫防护用品特色产业集群湖北省仙桃市非织造布及医卫防护用品特色产业集群';
    for (let length = 12; length <= name.length; length++) {
      const values = { ...fixtureValues(noticeId), clusterName: name.slice(0, length) };
      const lines = coverUnits({ form, values, measure }).flatMap((u) => (u.kind === 'row' ? u.cells.flatMap((c) => c.lines) : []));
      const empty = lines.filter((l) => l.items.length > 0 && l.items.every((i) => i.kind === 'underline'));
      expect(empty, `集群名称 of ${length} characters`).toEqual([]);
    }
  });
});

describe('gd-2023 cover', () => {
  it('keeps 「（小家电产业）」 of the 集群名称 on one line', async () => {
    const cover = (await writeVariant('gd-2023', 'filled')).pages[0]!.ops;
    expect(texts(cover).some((t) => t.text.includes('（小家电产业）'))).toBe(true);
  }, 30_000);
});
