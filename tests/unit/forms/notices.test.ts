// The notices registry: what each notice resolves to, and a clear error for an unknown one.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formById, notices, resolveNotice } from '../../../src/forms';
import { deadlinePassed } from '../../../src/forms/notices';

describe.each([
  { id: 'gd-2023', doc: '粤工信服务函〔2023〕6号', form: 'gd-2023', years: [2020, 2021, 2022], rules: 'gd-provincial-2023', level: '省级' },
  { id: 'sc-2023', doc: '川经信办函〔2023〕220号', form: 'miit-2023', years: [2020, 2021, 2022], rules: 'national-2022', level: '国家级' },
  { id: 'hb-2024', doc: '鄂经信办函〔2024〕29号', form: 'miit-2024', years: [2021, 2022, 2023], rules: 'national-2022', level: '国家级' },
])('notice $id', ({ id, doc, form, years, rules, level }) => {
  test('resolves to its form version, years and rule set', () => {
    const ctx = resolveNotice(id);
    expect(ctx.notice.documentNumber).toBe(doc);
    expect(ctx.form.id).toBe(form);
    expect(ctx.years).toEqual(years);
    expect(ctx.ruleSetId).toBe(rules);
    expect(ctx.notice.level).toBe(level);
  });

  test('has a deadline after its date of issue', () => {
    const { notice } = resolveNotice(id);
    expect(notice.deadline.date! > notice.issuedOn!).toBe(true);
    expect(notice.copies.length).toBeGreaterThan(0);
  });
});

const seedFiles: Record<string, string> = { 'seed 000': 'gd-2023-notice.txt', 'seed 004': 'sc-2023-notice.txt', 'seed 003': 'hb-2024-notice.txt' };
/** The notice's text with whitespace and Markdown links (「[a@b](mailto:a@b)」) flattened. */
const seedText = (source: string) =>
  readFileSync(new URL(`../../fixtures/seeds/${seedFiles[source]}`, import.meta.url), 'utf8')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, '');

const seedNotices = notices.filter((n) => n.source in seedFiles);

test.each(seedNotices.map((n) => [n.id, n] as const))('%s quotes its notice: title, issuer, deadline, who may apply, every copy requested', (_, n) => {
  const seed = seedText(n.source);
  const quoted = [n.documentNumber, n.title, n.issuer, n.deadline.text, n.deadline.by, n.eligibility, ...n.copies];
  expect(quoted.filter((q) => !seed.includes(q.replace(/\s+/g, '')))).toEqual([]);
});

test('only the Sichuan notice requires provincial recognition, as its 申报对象 says', () => {
  expect(notices.filter((n) => n.requiresProvincialRecognition).map((n) => n.id)).toEqual(['sc-2023']);
});

test('the 推荐汇总表 summary limit follows each notice', () => {
  expect(Object.fromEntries(notices.map((n) => [n.id, n.summaryLimit]))).toEqual({
    'cn-2024': 300,
    'cn-2023': 300,
    'gd-2023': 150,
    'sc-2023': 300,
    'hb-2024': 300,
  });
});

describe.each([
  { id: 'cn-2024', doc: '工信厅企业函〔2024〕122号', form: 'miit-2024', years: [2021, 2022, 2023] },
  { id: 'cn-2023', doc: '工信厅企业函〔2023〕44号', form: 'miit-2023', years: [2020, 2021, 2022] },
])('the Ministry notice $id, open to every province', ({ id, doc, form, years }) => {
  test('uses the MIIT form of its year and the national criteria, and names no province', () => {
    const ctx = resolveNotice(id);
    expect([ctx.notice.documentNumber, ctx.form.id, ctx.years, ctx.ruleSetId, ctx.notice.level]).toEqual([doc, form, years, 'national-2022', '国家级']);
    expect(ctx.notice.province).toBeUndefined();
  });

  test('tells the county to follow its province for the date', () => {
    expect(resolveNotice(id).notice.deadline.text).toMatch(/省级中小企业主管部门通知的时间/);
  });
});

test('the 2024 Ministry notice states its own date, copies and quota', () => {
  const { notice } = resolveNotice('cn-2024');
  expect(notice.deadline.date).toBe('2024-07-31');
  expect(notice.copies.join('；')).toContain('各一式3份');
  expect(notice.quota).toContain('不超过8个');
});

test('a passed deadline is known from its date, or from its year where the notice sets none', () => {
  const [cn2024, cn2023] = [resolveNotice('cn-2024').notice, resolveNotice('cn-2023').notice];
  expect(deadlinePassed(cn2024, new Date(2024, 6, 31))).toBe(false);
  expect(deadlinePassed(cn2024, new Date(2024, 7, 1))).toBe(true);
  expect(deadlinePassed(cn2023, new Date(2023, 11, 31))).toBe(false);
  expect(deadlinePassed(cn2023, new Date(2024, 0, 1))).toBe(true);
});

test('each provincial notice names its province, as 所属地区 takes it', () => {
  expect(notices.filter((n) => 'province' in n).map((n) => [n.id, (n as { province: string }).province])).toEqual([
    ['gd-2023', '广东'],
    ['sc-2023', '四川'],
    ['hb-2024', '湖北'],
  ]);
});

test('an unknown notice or form version gets a clear Chinese error', () => {
  expect(() => resolveNotice('zj-2025')).toThrow('未知的申报通知：zj-2025。可选的通知为：cn-2024、cn-2023、gd-2023、sc-2023、hb-2024');
  expect(() => formById('miit-2030')).toThrow('未知的申报表版本：miit-2030');
});
