// Every issue carries a typed kind the wizard decides on (hold back 「not answered yet」, group the summary), and
// messages are written for the field's kind: a growth rate is not told 「没有时填 0」, a name is not told to write 「无」.
import { describe, expect, test } from 'vitest';
import { formFields } from '../../../src/forms/walk';
import { validateDraft } from '../../../src/rules';
import type { RuleIssue } from '../../../src/rules';
import { ctxOf, withCells } from './support';
import type { Cell, NoticeId } from './support';

const issuesAt = (noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[], fieldId: string) =>
  validateDraft(ctxOf(noticeId), withCells(noticeId, cells)).filter((i) => i.fieldId === fieldId);
const kinds = (issues: readonly RuleIssue[]) => issues.map((i) => i.kind);

describe('the kind of each problem', () => {
  test.each([
    ['a blank region part', 'region', [['region', 'county'], ''], 'required'],
    ['a blank name', 'clusterName', ['clusterName', ''], 'required'],
    ['a blank choice', 'industryType', ['industryType', undefined], 'required'],
    ['a blank count cell', 'enterpriseCount', [['enterpriseCount', '2023'], ''], 'required'],
    ['a blank standards cell', 'standards', [['standards', '2023.group.join'], ''], 'required'],
    ['text in a number', 'area', ['area', '约五十'], 'format'],
    ['a fraction in a count', 'enterpriseCount', [['enterpriseCount', '2023'], '12.5'], 'format'],
    ['three decimals', 'area', ['area', '36.505'], 'format'],
    ['a bad phone number', 'contactPhone', ['contactPhone', '123'], 'format'],
    ['a negative amount', 'area', ['area', '-1'], 'range'],
    ['a share above 100', 'iipRate', ['iipRate', '100.5'], 'range'],
    ['a narrative over its limit', 'chainNarrative', ['chainNarrative', '链'.repeat(201)], 'length'],
    ['a part above its whole', 'smeCount', [['smeCount', '2023'], '9999'], 'consistency'],
    ['a count unlike its names', 'otherPlatforms', ['otherPlatforms', { count: '3', names: ['甲'] }], 'consistency'],
    ['a value unlike its formula', 'cloudRate', ['cloudRate', '80.00'], 'computed'],
    ['an answer that disqualifies', 'majorAccident', ['majorAccident', 'yes'], 'criterion'],
    ['万元 typed into 亿元', 'totalOutput', [['totalOutput', '2023'], '2361200'], 'plausibility'],
  ] as const)('%s is a %s problem', (_, fieldId, cell, kind) => {
    expect(kinds(issuesAt('hb-2024', [cell as readonly [Cell, unknown]], fieldId))).toContain(kind);
  });

  test('a new draft has nothing but 「not answered yet」 in its errors (所属地区 included), so nothing is red before anything is done', () => {
    const ctx = ctxOf('hb-2024');
    const errors = validateDraft(ctx, { region: { province: '湖北' } }).filter((i) => i.severity === 'error');
    expect(new Set(kinds(errors))).toEqual(new Set(['required']));
    expect(errors.filter((i) => i.fieldId === 'region').map((i) => i.path)).toEqual(['city', 'county']);
  });
});

describe('messages written for the field’s kind', () => {
  const blank = (noticeId: NoticeId, fieldId: string, path?: string) =>
    validateDraft(ctxOf(noticeId), withCells(noticeId, [[path ? [fieldId, path] : fieldId, path ? '' : undefined]])).find(
      (i) => i.fieldId === fieldId && i.kind === 'required',
    )?.message;

  test.each([
    ['集群名称 (a name: 「无」 makes no sense)', 'hb-2024', 'clusterName', undefined, '必填'],
    ['a narrative (「无」 where nothing applies)', 'hb-2024', 'chainNarrative', undefined, '必填：无相关情况时请填写“无”'],
    ['a count', 'hb-2024', 'enterpriseCount', '2023', '必填：请填写整数；没有时填 0'],
    ['an amount', 'hb-2024', 'totalOutput', '2023', '必填：请填写数字；没有时填 0'],
    ['a growth rate typed from the bulletin', 'hb-2024', 'fdiGrowth', '2021', '必填：请填写增速，下降时填负数'],
    ['a growth rate the form’s figures give', 'hb-2024', 'fdiGrowth', '2023', '必填：可按下方公式算出后点“填入”，或按佐证材料填写'],
    ['a computed share', 'hb-2024', 'cloudRate', undefined, '必填：可按下方公式算出后点“填入”，或按佐证材料填写'],
    ['a reduction rate the form’s figures give', 'hb-2024', 'energyIntensityReduction', undefined, '必填：可按下方公式算出后点“填入”，或按佐证材料填写'],
    ['a telephone number', 'hb-2024', 'contactPhone', undefined, '必填：请填写电话号码'],
  ])('%s', (_, noticeId, fieldId, path, message) => {
    expect(blank(noticeId as NoticeId, fieldId, path)).toBe(message);
  });

  test('no growth rate and no name is ever told 「没有时填 0」 or to write 「无」', () => {
    const ctx = ctxOf('hb-2024');
    const required = validateDraft(ctx, {}).filter((i) => i.kind === 'required');
    const rates = new Set(formFields(ctx.form).filter((f) => f.kind === 'number' && f.measure === 'growth').map((f) => f.id));
    const growth = required.filter((i) => rates.has(i.fieldId));
    expect(growth.length).toBeGreaterThan(5);
    for (const i of growth) expect(i.message).not.toContain('没有时填 0');
    for (const id of ['clusterName', 'competentDept', 'contactName', 'contactPhone', 'applicationDate'])
      expect(required.find((i) => i.fieldId === id)?.message).not.toContain('无');
  });
});

describe('published figures typed into a cell are read in its unit and offered, never applied', () => {
  test.each([
    ['「1.05万」 in a count', 'smeEmployees', '2023', '1.05万', '10500', '单位为人'],
    ['「133户」 in a count', 'enterpriseCount', '2023', '133户', '133', '单位为家'],
    ['「超90亿元」 in 亿元', 'totalOutput', '2023', '超90亿元', '90', '“超”表示多于 90亿元'],
    ['「5.4亿元」 in 万元', 'fdiAmount', '2023', '5.4亿元', '54000', '单位为万元'],
  ])('%s offers %s', (_, fieldId, year, typed, offered, words) => {
    const values = withCells('hb-2024', [[[fieldId, year], typed]]);
    const [issue] = validateDraft(ctxOf('hb-2024'), values).filter((i) => i.fieldId === fieldId && i.kind === 'format');
    expect(issue?.offer).toEqual({ text: offered, label: `填入 ${offered}` });
    expect(issue?.message).toContain(words);
    expect((values[fieldId] as Record<string, string>)[year]).toBe(typed);
  });

  test('a unit that does not fit the cell gives no offer, and the message names the cell’s unit', () => {
    const [issue] = issuesAt('hb-2024', [[['enterpriseCount', '2023'], '12亿元']], 'enterpriseCount');
    expect(issue?.offer).toBeUndefined();
    expect(issue?.message).toBe('请填写整数（单位：家），如 12');
  });
});
