// Every criterion quotes its source clause verbatim from its own seed, and every notice resolves to a rule set.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { notices, resolveNotice } from '../../../src/forms';
import { criteriaFor, ruleSets } from '../../../src/rules';
import { normalise, readSeed, sliceBetween } from '../../support/seedText';

const hb = readSeed('hb-2024-notice.txt');
const seeds: Record<string, string> = {
  // 附件3 of 鄂经信办函〔2024〕29号: the last occurrence of the title is the standard itself.
  'national-2022': normalise(hb.slice(hb.lastIndexOf('中小企业特色产业集群认定标准'))),
  'gd-provincial-2023': normalise(sliceBetween(readSeed('gd-2023-measures.txt'), '第十三条', '第十四条')),
};

describe.each(Object.values(ruleSets))('rule set $id', (set) => {
  const seed = seeds[set.id]!;

  test.each(set.criteria.map((c) => [c.id, c]))('%s quotes its clause verbatim and names its group as printed', (_, c) => {
    expect(seed).toContain(normalise(c.clause));
    // Hint: the national standard's opening paragraph has no heading; the report calls it 总体要求.
    if (c.group !== '总体要求') expect(seed).toContain(normalise(c.group));
  });

  test('ids are unique and carry the rule set’s id', () => {
    const ids = set.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => id.startsWith(`${set.id}.`))).toBe(true);
  });

  test('every quantitative criterion states how its bound treats the number', () => {
    const missing = set.criteria.filter((c) => c.kind === 'quantitative' && !c.bound).map((c) => c.id);
    expect(missing).toEqual([]);
  });
});

test.each(notices.map((n) => [n.id]))('notice %s resolves to its rule set, preconditions first', (noticeId) => {
  const ctx = resolveNotice(noticeId);
  const criteria = criteriaFor(ctx);
  expect(criteria.slice(ctx.notice.requiresProvincialRecognition ? 1 : 0)).toEqual(ruleSets[ctx.ruleSetId].criteria);
});

test('the sc-2023 precondition quotes 申报对象 of 川经信办函〔2023〕220号 verbatim', () => {
  const [pre] = criteriaFor(resolveNotice('sc-2023'));
  expect(normalise(readSeed('sc-2023-notice.txt'))).toContain(normalise(pre!.clause));
});

test('the rules import nothing but the form definitions and valibot (no UI, storage or pdf)', () => {
  const dir = fileURLToPath(new URL('../../../src/rules/', import.meta.url));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const imports = files.flatMap((f) => [...readFileSync(dir + f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => ({ f, spec: m[1]! })));
  const outside = imports.filter(({ f, spec }) => {
    if (spec === 'valibot') return false;
    if (!spec.startsWith('.')) return true;
    const depth = f.split('/').length - 1;
    const resolved = new URL(spec, `file:///src/rules/${'x/'.repeat(depth)}`).pathname;
    return !resolved.startsWith('/src/rules/') && !resolved.startsWith('/src/forms');
  });
  expect(outside).toEqual([]);
});
