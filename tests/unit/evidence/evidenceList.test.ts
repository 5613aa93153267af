// The evidence list: every duty the form prints is found (tick-box groups, 「如涉及」 questions, 清单 notes on
// labels, notes and group footnotes), and a draft's answers call for exactly the evidence they should.
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { formFields } from '../../../src/forms/walk';
import { demandIn, evidenceDuties, evidenceList } from '../../../src/evidence';
import { withCells } from '../rules/support';
import type { Cell, NoticeId } from '../rules/support';

const notices = ['gd-2023', 'sc-2023', 'hb-2024'] as const;
const listFor = (noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[]) => evidenceList(resolveNotice(noticeId).form, withCells(noticeId, cells));
const of = (noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[], fieldId: string) => listFor(noticeId, cells).filter((i) => i.fieldId === fieldId);

test.each([
  ['（注：勾选需提供佐证材料）', '需提供佐证材料'],
  ['（如涉及，需提供佐证材料）', '需提供佐证材料'],
  ['创新平台建设情况（需提供清单及佐证材料）', '需提供清单及佐证材料'],
  ['（注：包括行业学会、协会等，需提供清单）', '需提供清单'],
  ['（注：单位产值能耗需提供计算公式）', '需提供计算公式'],
  ['集群占地面积（平方公里）', undefined],
])('the demand in 「%s」 is %s', (text, demand) => {
  expect(demandIn(text)).toBe(demand);
});

describe.each(notices)('evidence for %s', (noticeId) => {
  const { form } = resolveNotice(noticeId);

  test('every tick-box group is a duty, each ticked option on its own', () => {
    const ticks = formFields(form).filter((f) => f.kind === 'ticks').map((f) => f.id);
    const duties = evidenceDuties(form).filter((d) => d.trigger === 'ticked').map((d) => d.field.id);
    expect(duties).toEqual(ticks);
  });

  test('a ticked option is listed with its own text; an unticked one is not', () => {
    const field = formFields(form).find((f) => f.kind === 'ticks');
    if (field?.kind !== 'ticks') throw new Error('no tick-box group');
    const [first, second] = field.options;
    const items = of(noticeId, [[field.id, [first!.value]]], field.id);
    expect(items.map((i) => [i.answer, i.demand])).toEqual([[first!.label, '需提供佐证材料']]);
    expect(items.map((i) => i.answer)).not.toContain(second!.label);
  });

  test('碳排放监测机制 answered 是 calls for evidence; 否 does not', () => {
    expect(of(noticeId, [['carbonMonitoring', 'yes']], 'carbonMonitoring').map((i) => i.answer)).toEqual(['是']);
    expect(of(noticeId, [['carbonMonitoring', 'no']], 'carbonMonitoring')).toEqual([]);
  });

  test('单位产值二氧化碳排放量 asks for its formula once filled, and not while blank', () => {
    const [a, b, c] = form.years.map(String);
    const filled = of(noticeId, [['co2Intensity', { [a!]: '0.31', [b!]: '0.29', [c!]: '0.27' }]], 'co2Intensity');
    expect(filled.map((i) => [i.demand, i.answer])).toEqual([['需提供计算公式', `${a}年 0.31，${b}年 0.29，${c}年 0.27`]]);
    expect(of(noticeId, [['co2Intensity', {}]], 'co2Intensity')).toEqual([]);
  });

  test('the standards table asks for its 清单 when any standard is counted, not when all are 0', () => {
    const year = String(form.years[2]);
    const zero = { lead: '0', join: '0' };
    const none = { [year]: { international: zero, national: zero, industry: zero, group: zero } };
    expect(of(noticeId, [['standards', none]], 'standards')).toEqual([]);
    const some = { [year]: { ...none[year], national: { lead: '2', join: '5' } } };
    expect(of(noticeId, [['standards', some]], 'standards').map((i) => [i.demand, i.answer])).toEqual([['需提供清单', '主持 2 项、参与 5 项']]);
  });
});

describe.each(['sc-2023', 'hb-2024'] as const)('创新平台 on %s (the group label carries the duty)', (noticeId) => {
  test('names listed call for 清单及佐证材料 with the count and names; 0 and 「无」 call for nothing', () => {
    const listed = of(noticeId, [['provincialPlatforms', { count: '2', names: ['湖北省非织造布工程技术研究中心', '仙桃市无纺布检测中心'] }]], 'provincialPlatforms');
    expect(listed.map((i) => [i.demand, i.answer])).toEqual([['需提供清单及佐证材料', '2 个：湖北省非织造布工程技术研究中心；仙桃市无纺布检测中心']]);
    expect(of(noticeId, [['provincialPlatforms', { count: '0', names: ['无'] }]], 'provincialPlatforms')).toEqual([]);
  });
});

test('sc-2023: the 绿色制造体系 counts carry the group\'s footnote duty; a count of 0 carries none', () => {
  const fieldId = formFields(resolveNotice('sc-2023').form).find((f) => f.label === '绿色工厂数量')?.id ?? '';
  expect(of('sc-2023', [[fieldId, '4']], fieldId).map((i) => [i.demand, i.answer])).toEqual([['需提供清单及佐证材料', '4']]);
  expect(of('sc-2023', [[fieldId, '0']], fieldId)).toEqual([]);
});

test('gd-2023: 集群是否绘制产业链图谱 (「如涉及，需提供佐证材料」) 是 calls for evidence', () => {
  expect(of('gd-2023', [['chainMap', 'yes']], 'chainMap').map((i) => [i.label, i.answer])).toEqual([['集群是否绘制产业链图谱', '是']]);
  expect(of('gd-2023', [['chainMap', 'no']], 'chainMap')).toEqual([]);
});
