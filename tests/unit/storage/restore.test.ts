// restoreDraft, the one entry for every draft read back: old drafts are migrated, defaults filled, and whatever
// cannot be placed is kept aside with its path, never dropped; malformed and hostile input gets a Chinese message.
import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_VERSION } from '../../../src/forms/draft';
import { migrations } from '../../../src/storage/migrations';
import { TOO_DEEP } from '../../../src/storage/plain';
import { restoreDraft } from '../../../src/storage/restore';
import type { RestoreResult } from '../../../src/storage/restore';
import { hb2024Draft } from '../../fixtures/drafts';
import { fixtures } from './support';

const options = { now: () => new Date('2024-06-01T00:00:00.000Z'), newId: () => 'new-id' };
const hb = fixtures['hb-2024'];
const restore = (input: unknown) => restoreDraft(input, options);
const okDraft = (result: RestoreResult) => {
  if (!result.ok) throw new Error(result.error);
  return result.draft as typeof result.draft & { values: Record<string, unknown> };
};
const base = { version: 1, id: 'd1', noticeId: 'hb-2024', formVersion: 'miit-2024', createdAt: '2024-05-06T01:20:00.000Z', updatedAt: '2024-05-20T09:42:10.000Z' };

describe('drafts that are already right', () => {
  test.each(Object.entries(fixtures))('the %s fixture comes back unchanged, without notes', (_, draft) => {
    expect(restore(draft)).toEqual({ ok: true, draft, readOnly: false, notes: [] });
  });

  test('restoring twice changes nothing more (idempotent), even with values set aside', () => {
    const once = okDraft(restore({ ...base, values: { area: 3, totalOutput: { '2019': '1', '2021': '2' } }, extra: true }));
    expect(restore(once)).toEqual({ ok: true, draft: once, readOnly: false, notes: [] });
  });
});

describe('migrating older drafts', () => {
  test('there is one migration step per schema version', () => {
    expect(migrations).toHaveLength(DRAFT_SCHEMA_VERSION);
  });

  test('a prototype draft (version 0): form version from the notice, savedAt, numbers as text', () => {
    const v0 = { id: 'p1', noticeId: 'gd-2023', savedAt: '2023-04-01T02:00:00.000Z', values: { area: 12.5, totalOutput: { '2021': 80, '2022': 96.25 }, smeCount: { '2020': 0 }, clusterName: '佛山市某产业' } };
    const result = restore(v0);
    expect(result).toMatchObject({ ok: true, readOnly: false });
    expect(okDraft(result)).toEqual({
      version: DRAFT_SCHEMA_VERSION, id: 'p1', noticeId: 'gd-2023', formVersion: 'gd-2023', createdAt: v0.savedAt, updatedAt: v0.savedAt,
      values: { area: '12.5', totalOutput: { '2021': '80', '2022': '96.25' }, smeCount: { '2020': '0' }, clusterName: '佛山市某产业' },
    });
    expect(result.ok && result.notes).toContain('旧版草稿中以数字保存的 4 项已转为文字，数值不变。');
  });

  test.each([1, 2])('a version-%i draft becomes the current version with nothing else changed: no step is recorded as finished yet', (old) => {
    const draft = okDraft(restore({ ...hb, version: old }));
    expect(draft).toEqual({ ...hb, version: DRAFT_SCHEMA_VERSION });
    expect(draft.progress).toBeUndefined();
  });

  test('「完成本节」 progress comes back as saved; a malformed one is kept aside, not dropped', () => {
    const progress = { finished: ['s9', 'cover'] };
    expect(okDraft(restore({ ...hb, progress })).progress).toEqual(progress);
    const odd = okDraft(restore({ ...hb, progress: { finished: 's9' } }));
    expect(odd.progress).toBeUndefined();
    expect(odd.unplaced).toEqual([{ path: '/progress', value: { finished: 's9' }, reason: expect.stringContaining('完成本节') }]);
  });

  test('a draft from a newer app opens read-only with a message, keeping what it cannot show', () => {
    const result = restore({ ...base, version: DRAFT_SCHEMA_VERSION + 1, values: { area: '1', futureField: 'x' }, newEnvelopeKey: 1 });
    expect(result).toMatchObject({ ok: true, readOnly: true });
    expect(result.ok && result.notes[0]).toMatch(/更新版本的应用保存.*只能查看.*刷新页面/);
    expect(okDraft(result).unplaced?.map((u) => u.path)).toEqual(['/values/futureField', '/newEnvelopeKey']);
  });
});

describe('filling defaults', () => {
  test.each([
    ['no id', { ...base, id: undefined }, { id: 'new-id' }, '草稿缺少有效的编号，已分配新编号。'],
    ['no timestamps', { ...base, createdAt: undefined, updatedAt: undefined }, { createdAt: '2024-06-01T00:00:00.000Z', updatedAt: '2024-06-01T00:00:00.000Z' }, '草稿缺少创建时间，已按当前时间补齐。'],
    ['no values', { ...base, values: undefined }, { values: {} }, undefined],
    ['no form version', { ...base, formVersion: undefined }, { formVersion: 'miit-2024' }, undefined],
  ])('%s', (_, input, expected, note) => {
    const result = restore(input);
    expect(okDraft(result)).toMatchObject(expected);
    if (note) expect(result.ok && result.notes).toContain(note);
  });
});

describe('values that do not fit are kept aside with their path', () => {
  test.each([
    ['a field this version does not have', { qualityEnterpriseCount: { '2020': '12' } }, '/values/qualityEnterpriseCount', { '2020': '12' }],
    ['a year this version does not report', { totalOutput: { '2020': '170.00', '2021': '186.40' } }, '/values/totalOutput/2020', '170.00'],
    ['a number where text is kept', { area: 36.5 }, '/values/area', 36.5],
    ['an option the question does not have', { prohibitedIndustry: 'maybe' }, '/values/prohibitedIndustry', 'maybe'],
    ['a tick that does not exist', { chainWork: ['o1', 'o9'] }, '/values/chainWork/1', 'o9'],
    ['names that are not a list', { nationalPlatforms: { count: '1', names: '某平台' } }, '/values/nationalPlatforms/names', '某平台'],
    ['an added target row without its id', { planTargets: { added: [{ direction: '创新', indicator: '专利' }] } }, '/values/planTargets/added/0', { direction: '创新', indicator: '专利' }],
    ['a text field holding an object', { clusterName: { zh: '仙桃' } }, '/values/clusterName', { zh: '仙桃' }],
    ['a key with a slash', { 'a/b~c': 'x' }, '/values/a~1b~0c', 'x'],
  ])('%s', (_, values, path, value) => {
    const draft = okDraft(restore({ ...base, values }));
    expect(draft.unplaced).toContainEqual({ path, value, reason: expect.any(String) });
  });

  test('the parts that do fit stay in place', () => {
    const draft = okDraft(restore({ ...base, values: { totalOutput: { '2020': '1', '2021': '186.40' }, chainWork: ['o1', 'o9'] } }));
    expect(draft.values).toEqual({ totalOutput: { '2021': '186.40' }, chainWork: ['o1'] });
  });

  test('an unknown envelope key, a bad timestamp and a non-text title are kept aside too', () => {
    const draft = okDraft(restore({ ...base, savedBy: '周晓梅', updatedAt: '昨天下午', title: 42 }));
    expect(draft.unplaced?.map((u) => [u.path, u.value])).toEqual([['/updatedAt', '昨天下午'], ['/title', 42], ['/savedBy', '周晓梅']]);
    expect(draft.updatedAt).toBe(base.createdAt);
  });

  test('values set aside earlier are carried, malformed entries kept as found', () => {
    const earlier = { path: '/values/old', value: 'x', reason: '此版本申报表没有这一项' };
    const draft = okDraft(restore({ ...base, unplaced: [earlier, 'junk'] }));
    expect(draft.unplaced).toEqual([earlier, { path: '/unplaced/1', value: 'junk', reason: expect.any(String) }]);
  });

  test('the user is told how many values were set aside', () => {
    const result = restore({ ...base, values: { area: 1, foo: 'x' } });
    expect(result.ok && result.notes).toContain('有 2 项内容无法放入此版本的申报表，已单独保留在「未归位内容」中，没有丢弃。');
  });
});

describe('what cannot be read at all gets a Chinese message', () => {
  test.each([
    ['null', null, /不是草稿/],
    ['a string', '{"noticeId":"hb-2024"}', /不是草稿/],
    ['an array', [hb], /不是草稿/],
    ['a Date', new Date(), /不是草稿/],
    ['no notice', { ...base, noticeId: undefined }, /没有注明所属的申报通知/],
    ['an unknown notice', { ...base, noticeId: 'zj-2099' }, /未知的申报通知：zj-2099.*更新应用/],
    ['a notice that is not text', { ...base, noticeId: 7 }, /没有注明所属的申报通知/],
    ['a form version other than the notice’s', { ...base, formVersion: 'gd-2023' }, /与申报通知 hb-2024 使用的版本（miit-2024）不一致/],
    ['a version that is not a whole number', { ...base, version: '1' }, /格式版本无法识别/],
    ['a negative version', { ...base, version: -1 }, /格式版本无法识别/],
  ])('%s', (_, input, message) => {
    const result = restore(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });
});

describe('hostile input', () => {
  test('__proto__ and constructor keys are kept as data and pollute nothing', () => {
    const input = JSON.parse(`{"version":1,"id":"h","noticeId":"hb-2024","__proto__":{"polluted":"yes"},"values":{"constructor":{"prototype":{"polluted":"yes"}},"region":{"__proto__":{"polluted":"yes"},"city":"仙桃市"}}}`) as unknown;
    const draft = okDraft(restore(input));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(draft.values.region)).toBe(Object.prototype);
    expect(draft.values.region).toEqual({ city: '仙桃市' });
    expect(draft.unplaced?.map((u) => u.path)).toEqual(['/values/constructor', '/values/region/__proto__', '/__proto__']);
    const kept = draft.unplaced?.[2]?.value as Record<string, unknown>;
    expect([Object.hasOwn(kept, 'polluted'), Object.getPrototypeOf(kept)]).toEqual([true, Object.prototype]);
  });

  test('HTML and script in strings are kept exactly, as text', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert("x")</script>&lt;';
    const draft = okDraft(restore({ ...base, title: html, values: { clusterName: html, [html]: html } }));
    expect([draft.title, draft.values.clusterName, draft.unplaced?.[0]]).toEqual([html, html, { path: `/values/${html.replace(/\//g, '~1')}`, value: html, reason: expect.any(String) }]);
  });

  test('a huge string is kept whole', () => {
    const huge = '仙'.repeat(5_000_000);
    expect(okDraft(restore({ ...base, values: { planOverview: huge } })).values.planOverview).toBe(huge);
  });

  test('deep nesting is cut at a safe depth instead of overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    const draft = okDraft(restore({ ...base, values: { junk: deep }, extra: deep }));
    expect(() => JSON.stringify(draft)).not.toThrow();
    expect(JSON.stringify(draft.unplaced?.[0]?.value)).toContain(TOO_DEEP);
    expect(() => structuredClone(draft)).not.toThrow();
  });

  test('values that JSON cannot hold (from a damaged store) become inert text', () => {
    const draft = okDraft(restore({ ...base, values: { weird: [Infinity, 10n, Symbol('s'), () => 1, new Map([[1, 2]])] } }));
    expect(draft.unplaced?.[0]?.value).toEqual(['Infinity', '10', 'Symbol(s)', '() => 1', '[object Map]']);
  });

  test('an object whose getters throw gets a message, not an exception', () => {
    const trap = { ...base, get values(): unknown { throw new Error('trap'); } };
    expect(restore(trap)).toEqual({ ok: false, error: '无法读取草稿：trap' });
  });
});

describe('self-declarations of the pre-check survive restore', () => {
  test('kept when they are true/false, set aside (not dropped) otherwise', () => {
    const result = restoreDraft({ ...hb2024Draft, selfDeclared: { 'national-2022.rank': true, 'national-2022.brand': 'yes' } });
    expect(result.ok && result.draft.selfDeclared).toEqual({ 'national-2022.rank': true });
    expect(result.ok && result.draft.unplaced).toEqual([{ path: '/selfDeclared/national-2022.brand', value: 'yes', reason: '自查声明应为“是”或“否”' }]);
  });
});
