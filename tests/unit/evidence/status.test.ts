// Each item's status and the counts per section: files first, then a mark, then a notice item ruled out by the
// draft's own answer, else 待准备.
import { expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import type { FormValues } from '../../../src/forms/fieldValues';
import { countsText, evidenceItems, evidenceSections, itemStatus, statusCounts, statusText } from '../../../src/evidence';
import { fixtureDrafts } from '../../fixtures/drafts';

const { notice, form } = resolveNotice('gd-2023');
const values = structuredClone(fixtureDrafts['gd-2023'].values) as FormValues;
const items = evidenceItems(evidenceSections({ form, values, checklist: notice.evidenceChecklist }));
const [first] = items;

test.each([
  [undefined, 0, '待准备'],
  [undefined, 2, '已附 2 个文件'],
  [{ mark: 'self' } as const, 0, '自我声明'],
  [{ mark: 'na', reason: '集群内没有上市企业' } as const, 0, '不适用（集群内没有上市企业）'],
  [{ mark: 'self' } as const, 1, '已附 1 个文件'],
])('mark %o with %i files reads 「%s」', (mark, files, text) => {
  expect(statusText(itemStatus(first!, mark, files))).toBe(text);
});

test('a 「（如有）」 item the answer rules out is 不适用 by that answer, saying which', () => {
  const answered = { ...values, chainMap: 'no' } as FormValues;
  const chain = evidenceItems(evidenceSections({ form, values: answered, checklist: notice.evidenceChecklist })).find((i) => i.key === 'list:8')!;
  expect(statusText(itemStatus(chain, undefined, 0))).toBe('不适用（“集群是否绘制产业链图谱”答“否”）');
});

test('counts add up over the items, and read as one line', () => {
  const marks = { 'list:1': { mark: 'self' }, 'list:2': { mark: 'na', reason: '无' } } as const;
  const counts = statusCounts(items, marks, new Map([['list:3', 1], ['list:4', 3]]));
  expect(counts).toMatchObject({ total: items.length, files: 2, self: 1, na: 1 });
  expect(counts.missing).toBe(items.length - 4);
  expect(countsText(counts)).toBe(`共 ${items.length} 项：已附文件 2，自我声明 1，不适用 1，待准备 ${items.length - 4}`);
});
