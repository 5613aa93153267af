// One continuous evidence list: the notice's own items first, then the form's per section, then declared criteria;
// each with a key that does not change while the official types, and numbers 1…N without restarting.
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { evidenceItems, evidenceSections } from '../../../src/evidence/items';
import { fixtureDrafts } from '../../fixtures/drafts';

const sourcesFor = (noticeId: 'gd-2023' | 'hb-2024', values?: FormValues) => {
  const { notice, form } = resolveNotice(noticeId);
  return { form, values: values ?? (structuredClone(fixtureDrafts[noticeId].values) as FormValues), checklist: notice.evidenceChecklist };
};

describe.each(['gd-2023', 'hb-2024'] as const)('%s', (noticeId) => {
  test('numbers run 1…N across every section, without restarting', () => {
    const items = evidenceItems(evidenceSections(sourcesFor(noticeId)));
    expect(items.length).toBeGreaterThan(10);
    expect(items.map((i) => i.number)).toEqual(items.map((_, i) => i + 1));
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  test('a key stays while the answer it is about is retyped; a ticked option is keyed by its value', () => {
    const sources = sourcesFor(noticeId);
    const keyed = evidenceItems(evidenceSections(sources)).filter((i) => i.origin.kind === 'form');
    const ticked = keyed.find((i) => i.origin.kind === 'form' && i.key.includes(':'))!;
    const [fieldId, option] = ticked.key.split(':');
    expect(sources.values[fieldId!]).toContain(option);
    const text = keyed.find((i) => i.origin.kind === 'form' && !i.key.includes(':') && typeof sources.values[i.key] === 'string');
    if (text) {
      const retyped = { ...sources.values, [text.key]: `${sources.values[text.key] as string}（修改）` };
      const again = evidenceItems(evidenceSections({ ...sources, values: retyped }));
      expect(again.find((i) => i.key === text.key)?.title).not.toBe(text.title);
    }
  });

  test('declared criteria come last, after the form, keyed by criterion id', () => {
    const declared = [{ id: 'q1', title: '集群发展规划', clause: '有明确的发展规划', source: '认定标准 一' }];
    const sections = evidenceSections({ ...sourcesFor(noticeId), declared });
    const last = sections.at(-1)!;
    expect(last.items.map((i) => [i.key, i.title])).toEqual([['criterion:q1', '集群发展规划：有明确的发展规划']]);
    expect(last.items[0]!.number).toBe(evidenceItems(sections).length);
  });
});

test('Guangdong: the notice’s 26 items come first, keyed by the notice’s own number, under its headings', () => {
  const sections = evidenceSections(sourcesFor('gd-2023'));
  const items = evidenceItems(sections);
  expect(items.slice(0, 26).map((i) => i.key)).toEqual(Array.from({ length: 26 }, (_, i) => `list:${i + 1}`));
  expect(items[26]!.origin.kind).toBe('form');
  expect(sections[0]!.heading).toBe(resolveNotice('gd-2023').notice.evidenceChecklist!.sections[0]!.heading);
});

test('ticking one more option adds an item and leaves every other key in place', () => {
  const sources = sourcesFor('hb-2024', {});
  const { form } = sources;
  const ticks = form.sections.flatMap((s) => s.items).find((i) => 'kind' in i && i.kind === 'ticks');
  if (!ticks || ticks.kind !== 'ticks') throw new Error('no tick-box group at the top of a section');
  const [a, b] = ticks.options;
  const one = evidenceItems(evidenceSections({ ...sources, values: { [ticks.id]: [a!.value] } }));
  const two = evidenceItems(evidenceSections({ ...sources, values: { [ticks.id]: [a!.value, b!.value] } }));
  expect(one.map((i) => i.key)).toEqual([`${ticks.id}:${a!.value}`]);
  expect(two.map((i) => [i.key, i.number])).toEqual([[`${ticks.id}:${a!.value}`, 1], [`${ticks.id}:${b!.value}`, 2]]);
});
