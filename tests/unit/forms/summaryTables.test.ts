// Each notice's 推荐汇总表 and list of deliverables, held to the notice's own words: the table's title, the line
// under it, every column in order, the 简介 guide and the disclosure line as its attachment prints them; the
// Ministry's notices reprint a provincial seed's table; each deliverable quotes the notice.
import { describe, expect, test } from 'vitest';
import { notices } from '../../../src/forms';
import { normalise, readSeed } from '../../support/seedText';

const seedFiles: Record<string, string> = { 'seed 000': 'gd-2023-notice.txt', 'seed 003': 'hb-2024-notice.txt', 'seed 004': 'sc-2023-notice.txt' };
/** The seed's text normalised, Markdown links (「[a@b](mailto:a@b)」) flattened. */
const seedOf = (source: string) => normalise(readSeed(seedFiles[source.slice(0, 8)]!).replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
const n = (t: string) => normalise(t);

/** The texts in order within `text`, each after the one before; the ones not found so. */
function notInOrder(text: string, texts: readonly string[]): string[] {
  let at = 0;
  return texts.filter((t) => {
    const found = text.indexOf(n(t), at);
    if (found < 0) return true;
    at = found + n(t).length;
    return false;
  });
}

describe.each(notices.map((x) => [x.id, x] as const))('the %s 推荐汇总表', (_, notice) => {
  const table = notice.summaryTable;
  const seed = seedOf(table.source);
  // Hint: a Ministry table is read where its provincial reprint prints it: under that seed's attachment number.
  const printedAs = notices.find((x) => !x.id.startsWith('cn-') && x.source === table.source.slice(0, 8))!.summaryTable;
  const start = seed.lastIndexOf(n(printedAs.attachment) + n(printedAs.title));

  test('is printed by its seed: title after its attachment number, then the line under it, the columns, the guide, the disclosure', () => {
    expect(start).toBeGreaterThan(0);
    const section = seed.slice(start);
    const printed = [
      ...(notice.id === 'cn-2024' ? [] : [table.stampLine ?? '']),
      table.contactLine ?? '',
      ...table.columns.map((c) => c.label),
      table.introGuide ?? '',
      table.disclosure ? `${table.disclosure.label}：${table.disclosure.value}` : '',
    ].filter(Boolean);
    expect(notInOrder(section, printed)).toEqual([]);
  });

  test('asks the 简介 within the notice\'s summary limit', () => {
    const said = [table.columns.find((c) => c.source === 'intro')!.label, table.introGuide ?? ''].join('');
    expect(said).toContain(`${notice.summaryLimit}字`);
  });

  test('has every column a source, each once, 序号 first', () => {
    const sources = table.columns.map((c) => c.source);
    expect(sources[0]).toBe('serial');
    expect(new Set(sources).size).toBe(sources.length);
    expect([...sources].sort()).toEqual(['clusterName', 'foundedIn', 'intro', 'leadingIndustry', 'location', 'operator', 'serial']);
  });
});

test('the Ministry\'s tables are the provincial reprints: 2024 as Hubei prints it (stamped by the province), 2023 as Sichuan prints it', () => {
  const byId = Object.fromEntries(notices.map((x) => [x.id, x.summaryTable]));
  expect(byId['cn-2024']!.columns).toEqual(byId['hb-2024']!.columns);
  expect(byId['cn-2024']!.introGuide).toBe(byId['hb-2024']!.introGuide);
  expect(byId['cn-2024']!.stampLine).toBe('省级中小企业主管部门：（盖章）');
  expect(byId['cn-2023']!.columns).toEqual(byId['sc-2023']!.columns);
  expect(byId['cn-2023']!.disclosure).toBeUndefined();
});

test('the 汇总表 deliverable names the table as the notice body does, or points to its attachment', () => {
  for (const notice of notices) {
    const summary = notice.deliverables.find((d) => d.id === 'summary');
    if (summary) expect(n(summary.quote).includes(n(summary.name)) || summary.quote.includes(notice.summaryTable.attachment)).toBe(true);
  }
});

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

describe.each(notices.map((x) => [x.id, x] as const))('the %s deliverables', (_, notice) => {
  test('each quotes the notice (its seed, or the Ministry notice\'s copies), with the number of copies it states', () => {
    const text = notice.source.startsWith('seed') ? seedOf(notice.source) : n(notice.copies.join(''));
    const unquoted = notice.deliverables.filter((d) => !text.includes(n(d.quote)));
    expect(unquoted.map((d) => d.id)).toEqual([]);
    for (const d of notice.deliverables.filter((x) => x.copies !== undefined)) {
      expect([`${d.copies}份`, `${CHINESE_DIGITS[d.copies!]}份`].some((c) => d.quote.includes(c))).toBe(true);
    }
  });

  test('has unique ids, and the 申报表 first, stamped by the county', () => {
    const ids = notice.deliverables.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(notice.deliverables[0]).toMatchObject({ id: 'form', stamp: 'county' });
  });
});
