// The Guangdong notice's own 佐证材料清单 (附件2): quoted item by item from the seed, and read against a draft —
// what was answered where each item is about, and whether a 「（如有）」 item is called for.
import { expect, test } from 'vitest';
import { notices, resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { checklistEntries } from '../../../src/evidence';
import { fixtureDrafts } from '../../fixtures/drafts';
import { normalise, readSeed, sliceBetween } from '../../support/seedText';

const { notice, form } = resolveNotice('gd-2023');
const checklist = notice.evidenceChecklist!;
const values = fixtureDrafts['gd-2023'].values as FormValues;
const entry = (vals: FormValues, n: number) => checklistEntries(checklist, form, vals).find((e) => e.number === n)!;

test('the checklist quotes 附件2 of seed 000: every heading and all 26 items, numbered and in the seed’s order', () => {
  const seed = normalise(sliceBetween(readSeed('gd-2023-notice.txt'), /附件 2\s*\n\s*\n\s*佐证材料清单/, /表 1：/));
  const items = checklist.sections.flatMap((s) => s.items);
  expect(items.map((i) => i.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  let at = 0;
  for (const s of checklist.sections) {
    for (const quoted of [s.heading, ...s.items.map((i) => `${i.number}${i.number === 13 ? '' : '.'}${i.text}`)]) {
      // Hint: the seed prints 「13 提供…」 without the full stop; the text is held to it as printed.
      const found = seed.indexOf(normalise(quoted), at);
      expect(found, quoted).toBeGreaterThanOrEqual(at);
      at = found;
    }
  }
});

test('only the Guangdong notice has a list of its own; the national notices ask for what the form notes', () => {
  expect(notices.filter((n) => 'evidenceChecklist' in n).map((n) => n.id)).toEqual(['gd-2023']);
});

test('each item shows what the draft answered where it is about, with the place to change it', () => {
  expect(entry(values, 4).answers).toEqual([{ fieldId: 'specializedSmeCount', label: '专精特新中小企业数量', text: '2020年 46，2021年 58，2022年 73' }]);
  expect(entry(values, 9).answers[0]?.text).toBe(
    '建有产业链上下游产供销一体化协同协作机制；建立了共享制造机制，开展通用生产设备、物流、仓储、人力、设计等资源共享；建立了共享车间、共享工厂',
  );
  expect(entry(values, 9).edit).toEqual({ fieldId: 'sharingWork', sectionId: 's2' });
  expect(entry(values, 2).answers).toEqual([]);
  expect(entry(values, 2).edit).toBeUndefined();
});

test('a 「（如有）」 item follows the form’s answer: needed for 是, not for 否, undecided while unanswered', () => {
  expect(entry({ ...values, chainMap: 'yes' }, 8).state).toBe('needed');
  expect(entry({ ...values, chainMap: 'no' }, 8)).toMatchObject({ state: 'not-needed', condition: { label: '集群是否绘制产业链图谱', answer: '否' } });
  const { chainMap: _, ...unanswered } = values;
  expect(entry(unanswered, 8).state).toBe('open');
  expect(entry({ ...values, carbonMonitoring: 'no' }, 17).state).toBe('not-needed');
  expect(entry(values, 1).state).toBe('needed');
});
