// The notices registry: what each notice resolves to, and a clear error for an unknown one.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formById, notices, resolveNotice } from '../../../src/forms';

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
    expect(notice.deadline.date > notice.issuedOn).toBe(true);
    expect(notice.copies.length).toBeGreaterThan(0);
  });
});

const seedFiles: Record<string, string> = { 'seed 000': 'gd-2023-notice.txt', 'seed 004': 'sc-2023-notice.txt', 'seed 003': 'hb-2024-notice.txt' };
/** The notice's text with whitespace and Markdown links (「[a@b](mailto:a@b)」) flattened. */
const seedText = (source: string) =>
  readFileSync(new URL(`../../fixtures/seeds/${seedFiles[source]}`, import.meta.url), 'utf8')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, '');

test.each(notices.map((n) => [n.id, n] as const))('%s quotes its notice: title, issuer, deadline, who may apply, every copy requested', (_, n) => {
  const seed = seedText(n.source);
  const quoted = [n.documentNumber, n.title, n.issuer, n.deadline.text, n.deadline.by, n.eligibility, ...n.copies];
  expect(quoted.filter((q) => !seed.includes(q.replace(/\s+/g, '')))).toEqual([]);
});

test('only the Sichuan notice requires provincial recognition, as its 申报对象 says', () => {
  expect(notices.filter((n) => n.requiresProvincialRecognition).map((n) => n.id)).toEqual(['sc-2023']);
});

test('the 推荐汇总表 summary limit follows each notice', () => {
  expect(Object.fromEntries(notices.map((n) => [n.id, n.summaryLimit]))).toEqual({ 'gd-2023': 150, 'sc-2023': 300, 'hb-2024': 300 });
});

test('an unknown notice or form version gets a clear Chinese error', () => {
  expect(() => resolveNotice('zj-2025')).toThrow('未知的申报通知：zj-2025。可选的通知为：gd-2023、sc-2023、hb-2024');
  expect(() => formById('miit-2030')).toThrow('未知的申报表版本：miit-2030');
});
