// Field rules of every version: required (「无」 where nothing applies), number type, sign, range, two decimals,
// whole counts, character limits, dates and phones; issues carry the path and name the year.
import { describe, expect, test } from 'vitest';
import { formFields } from '../../../src/forms/walk';
import { validateDraft, validateSection } from '../../../src/rules';
import type { RuleIssue } from '../../../src/rules';
import { ctxOf, withCells } from './support';
import type { Cell, NoticeId } from './support';

const notices: NoticeId[] = ['gd-2023', 'sc-2023', 'hb-2024'];
const errorsOf = (noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[]) =>
  validateDraft(ctxOf(noticeId), withCells(noticeId, cells)).filter((i) => i.severity === 'error' && i.rule === 'field');
/** What the field shows: the place, then the message. */
const said = (i: RuleIssue) => (i.place ? `${i.place}：${i.message}` : i.message);
const only = (issues: RuleIssue[]) => issues.map((i) => ({ fieldId: i.fieldId, path: i.path, message: said(i) }));

describe.each(notices)('field rules of %s', (noticeId) => {
  const y = String(ctxOf(noticeId).years[2]);

  test.each([
    ['a blank single number', 'area', '', '必填：请填写数字；没有时填 0'],
    ['「无」 in a number', 'area', '无', '数字栏不填“无”：没有时请填 0'],
    ['text in a number', 'area', '五十', '请填写数字（单位：平方公里），如 12.35'],
    ['three decimals', 'area', '48.605', '最多保留两位小数，如 48.61'],
    ['a negative amount', 'area', '-1', '不能为负数'],
    ['a share above 100', 'iipRate', '100.01', '比例应在 0–100 之间'],
    ['a negative share', 'iipRate', '-0.01', '不能为负数'],
    ['a fraction of a count', 'inventionPatents', '12.5', '须为整数（数量不含小数）'],
    ['a negative count', 'inventionPatents', '-1', '不能为负数'],
    ['text in a count', 'inventionPatents', '十二', '请填写整数（单位：个），如 12'],
    ['a fall of more than 100% in a reduction rate', 'energyIntensityReduction', '100.01', '降低率不能超过 100%'],
    ['a growth rate below −100%', 'inventionPatentCagr', '-100.01', '增速不能低于 −100%（数值不会降到 0 以下）'],
  ])('rejects %s', (_, fieldId, text, message) => {
    expect(only(errorsOf(noticeId, [[fieldId, text]]))).toEqual([{ fieldId, path: undefined, message }]);
  });

  test.each([
    ['0 in a required number', 'area', '0'],
    ['a share of exactly 100', 'iipRate', '100.00'],
    ['a share of exactly 0', 'iipRate', '0'],
    ['a negative growth rate', 'inventionPatentCagr', '-5.25'],
    ['a growth rate of exactly −100%', 'inventionPatentCagr', '-100'],
    ['a reduction rate of exactly 100%', 'energyIntensityReduction', '100.00'],
    ['full-width digits as typed', 'area', '４８．６０'],
    ['a whole count written with .00', 'inventionPatents', '485.00'],
    ['「无」 in a required narrative', 'qualityNarrative', '无'],
    ['nothing ticked in a tick-box group', 'qualityWork', []],
  ])('accepts %s', (_, fieldId, value) => {
    expect(errorsOf(noticeId, [[fieldId, value]])).toEqual([]);
  });

  test('per-year cells report their year in the path and the message', () => {
    const issues = errorsOf(noticeId, [[['totalOutput', y], '236.125']]);
    expect(only(issues)).toEqual([{ fieldId: 'totalOutput', path: y, message: `${y}年：最多保留两位小数，如 236.13` }]);
  });

  test('a missing per-year object reports each year as required', () => {
    const issues = errorsOf(noticeId, [['smeOutputShare', undefined]]);
    expect(issues.map((i) => i.path)).toEqual(ctxOf(noticeId).years.map(String));
  });

  test.each([
    [200, 0],
    [201, 1],
  ])('a 200-character narrative with %i characters gives %i error(s)', (n, count) => {
    expect(errorsOf(noticeId, [['qualityNarrative', '集'.repeat(n)]])).toHaveLength(count);
  });

  test('characters are counted as the wizard counts them: an emoji outside the BMP is one character', () => {
    expect(errorsOf(noticeId, [['qualityNarrative', `${'集'.repeat(199)}😀`]])).toEqual([]);
    expect(only(errorsOf(noticeId, [['qualityNarrative', `${'集'.repeat(200)}😀`]]))[0]?.message).toBe(
      '限 200 字以内，现 201 字，请删减 1 字',
    );
  });

  test.each([
    ['2024-02-29', 0],
    ['2023-02-29', 1],
    ['2024/05/20', 1],
    ['', 1],
  ])('application date %s gives %i error(s)', (date, count) => {
    expect(errorsOf(noticeId, [['applicationDate', date]])).toHaveLength(count);
  });

  test.each([
    ['0728-3326517', 0],
    ['13907284586', 0],
    ['(0757) 2283 1946 转 8012', 0],
    ['123', 1],
    ['无', 1],
  ])('phone %s gives %i error(s)', (phone, count) => {
    expect(errorsOf(noticeId, [['contactPhone', phone]])).toHaveLength(count);
  });

  test('a blank region part is required, by its own name', () => {
    const issues = errorsOf(noticeId, [[['region', 'county'], '']]);
    expect(only(issues)).toEqual([{ fieldId: 'region', path: 'county', message: '必填：请填写县（市、区）' }]);
  });

  test('the standards table asks for a blank cell (blank is not 0) and rejects a fraction, naming year, category and role', () => {
    const [blank] = errorsOf(noticeId, [[['standards', `${y}.international.lead`], '']]);
    expect([blank?.kind, said(blank!)]).toEqual(['required', `${y}年 国际 主持数量：必填：请填写整数；没有时填 0`]);
    const issues = errorsOf(noticeId, [[['standards', `${y}.national.lead`], '1.5']]);
    expect(only(issues)).toEqual([
      { fieldId: 'standards', path: `${y}.national.lead`, message: `${y}年 国家 主持数量：须为整数（数量不含小数）` },
    ]);
  });

  test('quantitative target rows need numbers; qualitative rows and added rows need text', () => {
    const issues = errorsOf(noticeId, [
      [['planTargets', 'fixed.iipRate.target'], '45%左右'],
      [['planTargets', 'fixed.openness.target'], ''],
      [['planTargets', 'added'], [{ id: 'x', direction: '其它', indicator: '', baseline: '1', target: '2' }]],
    ]);
    expect(issues.map((i) => i.path)).toEqual(['fixed.iipRate.target', 'fixed.openness.target', 'added.0.indicator']);
    expect(said(issues[0]!)).toMatch(/^数字化·工业互联网普及率 \d{4}年目标值：“45%左右”不是数字；本栏单位为%，应填 45；“左右”是约数/);
    expect(issues[0]?.offer).toEqual({ text: '45', label: '填入 45' });
  });

  test('every field of the form is checked: an empty draft has an error for each field but the tick-box groups', () => {
    const ctx = ctxOf(noticeId);
    const fieldsWithErrors = new Set(
      validateDraft(ctx, {})
        .filter((i) => i.severity === 'error')
        .map((i) => i.fieldId),
    );
    const expected = formFields(ctx.form)
      .filter((f) => f.kind !== 'ticks')
      .map((f) => f.id);
    expect([...fieldsWithErrors].sort()).toEqual(expected.sort());
  });
});

describe('数量 + 名称 lists', () => {
  test.each([
    [{ count: '2', names: ['甲平台'] }, ['names']],
    [{ count: '0', names: [] }, []],
    [{ count: '0', names: ['无'] }, []],
    [{ count: '1', names: ['甲平台', ''] }, []],
    [{ count: '', names: ['甲平台'] }, ['count']],
    [{ count: '1.5', names: ['甲平台'] }, ['count']],
  ])('%j gives errors at %j', (value, paths) => {
    expect(errorsOf('hb-2024', [['otherPlatforms', value]]).map((i) => i.path)).toEqual(paths);
  });

  test('the mismatch says both numbers', () => {
    const [issue] = errorsOf('hb-2024', [['otherPlatforms', { count: '3', names: ['甲', '乙'] }]]);
    expect(said(issue!)).toBe('名称：数量为 3 个，但列出了 2 个名称；请使两者一致');
    expect(issue?.kind).toBe('consistency');
  });
});

describe('validateSection', () => {
  test('returns the issues of the section’s own fields only', () => {
    const values = withCells('hb-2024', [
      ['area', ''],
      ['totalOutput', undefined],
    ]);
    const s1 = validateSection(ctxOf('hb-2024'), values, 's1');
    expect(s1.map((i) => i.fieldId)).toEqual(['area']);
  });

  test('section 1 reports the cover fields it shows again (集群名称)', () => {
    const values = withCells('gd-2023', [['clusterName', '']]);
    expect(validateSection(ctxOf('gd-2023'), values, 's1').map((i) => i.fieldId)).toEqual(['clusterName']);
    expect(validateSection(ctxOf('gd-2023'), values, 'cover').map((i) => i.fieldId)).toEqual(['clusterName']);
    expect(validateDraft(ctxOf('gd-2023'), values).filter((i) => i.fieldId === 'clusterName')).toHaveLength(1);
  });

  test('section 9 has nothing to fill and no issues', () => {
    expect(validateSection(ctxOf('sc-2023'), {}, 's9')).toEqual([]);
  });

  test('an unknown section is a clear error', () => {
    expect(() => validateSection(ctxOf('sc-2023'), {}, 's10')).toThrow('没有第 s10 部分');
  });
});
