// What 核对信息 lists as open, and when a PDF would be a draft: unanswered items once per field, errors and warnings
// each, grouped by the step they are in; warnings alone do not make a draft.
import { describe, expect, it } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { countProblems, isDraft, openProblems } from '../../../src/wizard/openProblems';
import { formSteps } from '../../../src/wizard/steps';
import { fixtureDrafts } from '../../fixtures/drafts';

const ctx = resolveNotice('hb-2024');
const steps = formSteps(ctx.form);
const fixture = fixtureDrafts['hb-2024'].values as FormValues;
const open = (changes: FormValues) => openProblems(ctx, { ...fixture, ...changes }, steps);

describe('openProblems', () => {
  it('finds nothing open in a complete draft', () => {
    expect(open({})).toEqual([]);
  });

  it('lists an unanswered field once however many cells are empty, and an error where it was typed, by step', () => {
    const sections = open({ chainNarrative: undefined, totalOutput: { '2023': '236.12' }, iipRate: '33.034' });
    expect(sections.map((s) => s.step.title)).toEqual(['二、主导产业情况', '四、数字化升级情况']);
    expect(sections[0]!.problems.filter((p) => p.kind === 'unanswered').map((p) => p.fieldId)).toEqual(['totalOutput', 'chainNarrative']);
    expect(sections[1]!.problems).toEqual([{ kind: 'error', fieldId: 'iipRate', label: '集群中小企业工业互联网平台应用普及率（%）', message: expect.stringContaining('两位小数') }]);
    expect(isDraft(countProblems(sections))).toBe(true);
  });

  it('lists warnings, which alone do not make the PDF a draft', () => {
    // Hint: the rate differs from its formula (section 四) and from the baseline section 八 takes from it.
    const counts = countProblems(open({ iipRate: '40.00' }));
    expect(counts).toEqual({ error: 0, warning: 2, unanswered: 0 });
    expect(isDraft(counts)).toBe(false);
  });
});
