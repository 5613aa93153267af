// The PDF says exactly what was entered: an empty narrative, name list or plan part prints empty (room to write
// by hand), never 「无」; numbers print as typed, normalised but never rounded, and a number that breaks a rule
// (a third decimal, a fractional count, 「1500万」) is an error the rules show where it was typed — the PDF does not
// quietly make it look right.
import { describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { validateDraft } from '../../../src/rules';
import { formTexts } from '../../../src/forms/walk';
import { documentText, squash, typedTexts } from '../../support/pdfChecks';
import { fixtureValues, writeNoticePdf, type Values } from '../../support/pdfFixtures';
import { countOf } from '../../support/pdfLayoutChecks';

const ctx = resolveNotice('hb-2024');

describe('empty fields', () => {
  it('print empty: no 「无」 for an emptied narrative, name list or plan part; one where the user typed it', async () => {
    const values: Values = { ...fixtureValues('hb-2024'), chainNarrative: undefined, planProblems: undefined, otherPlatforms: { count: '0', names: [] } };
    const said = (v: typeof values) => countOf('无', [...formTexts(ctx.form), ...typedTexts(ctx.form, v).map((t) => t.text)].map(squash).join(''));
    const printed = async (v: typeof values) => countOf('无', documentText((await writeNoticePdf('hb-2024', v)).bytes).joined);
    expect(await printed(values)).toBe(said(values));
    const typed = { ...values, planProblems: '无' };
    expect(said(typed)).toBe(said(values) + 1);
    expect(await printed(typed)).toBe(said(typed));
  }, 60_000);
});

describe('numbers', () => {
  const odd = { iipRate: '84.237', enterpriseCount: { '2021': '12.5', '2022': '436', '2023': '458' }, fdiAmount: { '2021': '1500万', '2022': '13620.00', '2023': '14980.00' } };

  it('print as typed: 84.237 not 84.24, 12.5 enterprises, 「1500万」, 12345.6 from 「１２，３４５．６」', async () => {
    const values = { ...fixtureValues('hb-2024'), ...odd, area: '１２，３４５．６' };
    const { joined } = documentText((await writeNoticePdf('hb-2024', values)).bytes);
    for (const shown of ['84.237', '12.5', '1500万', '12345.6']) expect(joined).toContain(shown);
    expect(joined).not.toContain('84.24');
    expect(joined).not.toContain(squash('12345.60'));
  }, 30_000);

  it('that break a rule are errors of their own field and year, not rounded away', () => {
    const issues = validateDraft(ctx, { ...fixtureValues('hb-2024'), ...odd }).filter((i) => i.severity === 'error' && i.kind !== 'required');
    const at = (fieldId: string, path?: string) => issues.some((i) => i.fieldId === fieldId && (path === undefined || i.path === path));
    expect(at('iipRate')).toBe(true);
    expect(at('enterpriseCount', '2021')).toBe(true);
    expect(at('fdiAmount', '2021')).toBe(true);
  });
});
