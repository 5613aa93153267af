// The error summary's lines: one per question, its cells grouped, 「未填」 said once — decided on each issue's kind.
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { fieldById } from '../../../src/forms/walk';
import { validateSection } from '../../../src/rules';
import type { RuleIssue } from '../../../src/rules';
import { fieldName } from '../../../src/wizard/names';
import { questionLines } from '../../../src/wizard/questionLines';
import { stepFields } from '../../../src/wizard/steps';

const ctx = resolveNotice('hb-2024');
const label = (i: RuleIssue) => fieldName(fieldById(ctx.form, i.fieldId));
const cells = (() => {
  const counts = new Map<string, number>();
  for (const i of validateSection(ctx, {}, 's2')) if (i.kind === 'required') counts.set(i.fieldId, (counts.get(i.fieldId) ?? 0) + 1);
  return (id: string) => counts.get(id) ?? 1;
})();
const lines = (values: Parameters<typeof validateSection>[1]) =>
  questionLines(validateSection(ctx, values, 's2').filter((i) => i.severity === 'error'), label, cells).map((l) => l.text);

describe('questionLines', () => {
  test('an empty section 二 has one line per question that needs an answer, each 「未填」', () => {
    const asked = stepFields(ctx.form, 's2').filter((f) => f.kind !== 'ticks');
    expect(lines({})).toEqual(asked.map((f) => `${fieldName(f)}：未填`));
  });

  test('cells with the same problem are named together; the rest of the row says which years are not filled', () => {
    const text = lines({ enterpriseCount: { '2021': '12.5', '2023': '7.5' } }).find((l) => l.startsWith('集群企业数量'));
    expect(text).toBe('集群企业数量：2021年、2023年须为整数（数量不含小数）；2022年未填');
  });

  test('a line links to the first cell concerned', () => {
    const issues = validateSection(ctx, { totalOutput: { '2021': '1' } }, 's2').filter((i) => i.severity === 'error');
    const [line] = questionLines(issues, label, cells);
    expect([line?.text, line?.first.path]).toEqual(['集群总产值（亿元）：2022年、2023年未填', '2022']);
  });
});
