// 「改用其他通知」: a draft moved to another notice's form. Every value lands in its new place or is kept aside
// with the reason; year cells follow their years; nothing is lost (entries before = placed + kept).
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { entryCount, transferValues } from '../../../src/forms/transfer';
import { draftForNotice } from '../../../src/storage/transfer';
import type { AnyDraft } from '../../../src/forms/registry';
import { fixtureDrafts } from '../../fixtures/drafts';

const hb = resolveNotice('hb-2024').form;
const moveTo = (noticeId: 'gd-2023' | 'sc-2023') => transferValues(resolveNotice(noticeId).form, hb, fixtureDrafts[noticeId].values as FormValues);

describe.each(['gd-2023', 'sc-2023'] as const)('a %s draft moved to 鄂经信办函〔2024〕29号 (MIIT 2024, 2021–2023)', (from) => {
  const source = fixtureDrafts[from].values as FormValues;
  const moved = moveTo(from);

  test('nothing is lost: every entry is placed or kept aside', () => {
    expect(moved.counts.before).toBe(entryCount(source));
    expect(moved.counts.placed + moved.counts.kept).toBe(moved.counts.before);
    expect(moved.counts.placed).toBeGreaterThan(0);
  });

  test('year cells move to the same years; 2020 is kept aside, 2023 is left to fill', () => {
    const old = source['totalOutput'] as Record<string, string>;
    expect(moved.values['totalOutput']).toEqual({ '2021': old['2021'], '2022': old['2022'] });
    expect(moved.kept).toContainEqual({ path: '/values/totalOutput/2020', value: old['2020'], reason: expect.stringContaining('新表不填报2020年的数据') });
  });

  test('texts, names and ticked options in the same words move as they are', () => {
    expect(moved.values['clusterName']).toBe(source['clusterName']);
    expect(moved.values['qualityNarrative']).toBe(source['qualityNarrative']);
    expect(moved.values['nationalPlatforms']).toEqual(source['nationalPlatforms']);
    const [was, now] = [resolveNotice(from).form, hb].map((f) => f.sections.flatMap((s) => s.items).find((i) => i.kind === 'ticks' && i.id === 'qualityWork'));
    const words = (field: typeof was, values: unknown) =>
      field?.kind === 'ticks' ? field.options.filter((o) => (values as string[] | undefined)?.includes(o.value)).map((o) => o.label) : [];
    const ticked = words(was, source['qualityWork']);
    const printedThere = now?.kind === 'ticks' ? ticked.filter((t) => now.options.some((o) => o.label === t)) : [];
    expect(words(now, moved.values['qualityWork'])).toEqual(printedThere);
    expect(moved.kept.filter((k) => k.path.startsWith('/values/qualityWork/')).map((k) => k.value)).toEqual(ticked.filter((t) => !printedThere.includes(t)));
  });

  test('a figure dated to the end of 2022 is not printed as 2023\'s: kept aside with the reason', () => {
    expect(moved.values['area']).toBeUndefined();
    expect(moved.kept.find((k) => k.path === '/values/area')?.reason).toContain('原为截至2022年底的数据，新表填报截至2023年底的数据');
  });

  test('the 2023 stage target lands on the 2024 form\'s stages by its year; the others are kept', () => {
    expect(moved.values['planStage1']).toBe(source['planStage2']);
    expect(moved.values['planStage2']).toBe(source['planStage3']);
    expect(moved.kept.some((k) => k.path === '/values/planStage1')).toBe(true);
  });

  test('a question asked in other words is asked again, its old answer kept', () => {
    expect(moved.values['prohibitedIndustry']).toBeUndefined();
    expect(moved.kept.find((k) => k.path === '/values/prohibitedIndustry')?.reason).toContain('新表的问法不同');
  });

  test('the targets table, written for other years, is kept aside whole', () => {
    expect(moved.values['planTargets']).toBeUndefined();
    expect(moved.kept.find((k) => k.path === '/values/planTargets')?.reason).toContain('新表为2023年、2026年');
  });
});

test('Guangdong\'s 所属地区 has no province: the chosen one is added, city and county move', () => {
  const result = draftForNotice(fixtureDrafts['gd-2023'] as AnyDraft, 'hb-2024', { title: '改用', province: '广东', newId: () => 'new-1' });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.change.draft.values).toMatchObject({ region: { province: '广东', city: '佛山', county: '顺德' } });
});

test('a draft moved within the same years keeps its dated figures', () => {
  const moved = transferValues(resolveNotice('gd-2023').form, resolveNotice('sc-2023').form, fixtureDrafts['gd-2023'].values as FormValues);
  expect(moved.values['area']).toBe(fixtureDrafts['gd-2023'].values.area);
  expect(moved.values['totalOutput']).toEqual(fixtureDrafts['gd-2023'].values.totalOutput);
});

test('the new draft is a separate draft for the new notice; every kept entry is in its 未归位内容', () => {
  const source = fixtureDrafts['sc-2023'] as AnyDraft;
  const result = draftForNotice(source, 'hb-2024', { title: '成都郫都（改用 鄂经信办函〔2024〕29号）', newId: () => 'new-2', now: new Date('2024-05-01T00:00:00Z') });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const { draft, counts } = result.change;
  expect([draft.id, draft.noticeId, draft.formVersion, draft.title]).toEqual(['new-2', 'hb-2024', 'miit-2024', '成都郫都（改用 鄂经信办函〔2024〕29号）']);
  expect(entryCount(draft.values)).toBe(counts.placed);
  expect((draft.unplaced ?? []).reduce((n, u) => n + entryCount(u.value), 0)).toBe(counts.kept);
  expect(source.id).not.toBe(draft.id);
});

test('self-declarations go with the draft where the criteria are the same, else are kept for re-confirming', () => {
  const declared = { ...(fixtureDrafts['sc-2023'] as AnyDraft), selfDeclared: { 'national-2022.pillar': true } } as AnyDraft;
  const same = draftForNotice(declared, 'hb-2024', { title: 't' });
  expect(same.ok && same.change.draft.selfDeclared).toEqual({ 'national-2022.pillar': true });
  const other = draftForNotice(declared, 'gd-2023', { title: 't' });
  expect(other.ok && other.change.draft.selfDeclared).toBeUndefined();
  expect(other.ok && other.change.draft.unplaced?.some((u) => u.path === '/selfDeclared')).toBe(true);
});

test('the 推荐汇总表 answers go with the draft; the old notice\'s 已盖章/已寄出 ticks stay with the original', () => {
  const submission = { leadingIndustry: '非织造布', foundedIn: '2010年', intro: '集群简介。', ticks: { 'form:stamped': true, 'form:sent': true } };
  const source = { ...(fixtureDrafts['sc-2023'] as AnyDraft), submission } as AnyDraft;
  const moved = draftForNotice(source, 'hb-2024', { title: 't' });
  expect(moved.ok && moved.change.draft.submission).toEqual({ leadingIndustry: '非织造布', foundedIn: '2010年', intro: '集群简介。' });
  const ticksOnly = draftForNotice({ ...source, submission: { ticks: { 'form:sent': true } } } as AnyDraft, 'hb-2024', { title: 't' });
  expect(ticksOnly.ok && ticksOnly.change.draft.submission).toBeUndefined();
  expect(source.submission?.ticks).toEqual({ 'form:stamped': true, 'form:sent': true });
});
