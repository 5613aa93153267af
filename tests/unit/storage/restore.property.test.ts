// Property tests of restoreDraft: whatever it is given, it answers (never throws), what it returns is a valid
// draft, no string typed into a known field is lost, and restoring again changes nothing.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { draftSchema } from '../../../src/forms/draft';
import { formById, formVersions } from '../../../src/forms/registry';
import { formFields } from '../../../src/forms/walk';
import { restoreDraft } from '../../../src/storage/restore';

/** Thousands of generated drafts: ~1 s each idle, 10 s seen on a loaded two-core machine; room to spare. */
const PROPERTY_MS = 120_000;

const options = { now: () => new Date('2024-06-01T00:00:00.000Z'), newId: () => 'generated' };
const notices = { 'gd-2023': 'gd-2023', 'miit-2023': 'sc-2023', 'miit-2024': 'hb-2024' } as const;

/** Every string in a value, keys excluded. */
function leafStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => leafStrings(item, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => leafStrings(item, out));
  return out;
}

/** Whether every string of `needles` occurs in `haystack` at least as often. */
function containsAll(haystack: string[], needles: string[]): boolean {
  const counts = new Map<string, number>();
  haystack.forEach((s) => counts.set(s, (counts.get(s) ?? 0) + 1));
  return needles.every((s) => {
    const left = counts.get(s) ?? 0;
    counts.set(s, left - 1);
    return left > 0;
  });
}

/** A draft-like document of one form version: known field ids (and a few strangers) holding any JSON, or near-right shapes. */
const draftLike = fc.constantFrom(...(Object.keys(notices) as (keyof typeof notices)[])).chain((formId) => {
  const def = formVersions[formId];
  const ids = formFields(def).map((f) => f.id);
  const years = def.years.map(String);
  const nearRight = fc.oneof(
    fc.string(),
    fc.dictionary(fc.constantFrom(...years, '2019', 'city', 'county'), fc.oneof(fc.string(), fc.jsonValue())),
    fc.array(fc.oneof(fc.constantFrom('o1', 'o2', 'yes', 'no'), fc.jsonValue())),
    fc.record({ count: fc.jsonValue(), names: fc.oneof(fc.array(fc.string()), fc.jsonValue()) }, { requiredKeys: [] }),
    fc.jsonValue(),
  );
  return fc.record({
    version: fc.constantFrom(1, 1, 1, 0, undefined),
    id: fc.oneof(fc.string({ minLength: 1 }), fc.jsonValue()),
    noticeId: fc.constant(notices[formId]),
    createdAt: fc.oneof(fc.constant('2024-05-06T01:20:00.000Z'), fc.jsonValue()),
    title: fc.oneof(fc.string(), fc.jsonValue()),
    values: fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), nearRight, { maxKeys: 12 }),
    extra: fc.jsonValue(),
  }, { requiredKeys: ['noticeId', 'values'] });
});

describe('restoreDraft, for any input', () => {
  test('answers, never throws: a valid draft or a Chinese message', { timeout: PROPERTY_MS }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), draftLike), (input) => {
        const result = restoreDraft(input, options);
        if (!result.ok) return /[\u4e00-\u9fff]/.test(result.error);
        return v.is(draftSchema(formById(result.draft.formVersion)), result.draft);
      }),
      { numRuns: 1500 },
    );
  });

  test('never loses a string typed into the values: each is placed or kept aside', { timeout: PROPERTY_MS }, () => {
    fc.assert(
      fc.property(draftLike, (input) => {
        const result = restoreDraft(input, options);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const kept = leafStrings([result.draft.values, result.draft.unplaced?.map((u) => u.value)]);
        expect(containsAll(kept, leafStrings(input.values))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  test('restoring a restored draft gives it back unchanged, without notes', { timeout: PROPERTY_MS }, () => {
    fc.assert(
      fc.property(draftLike, (input) => {
        const once = restoreDraft(input, options);
        if (!once.ok) return;
        expect(restoreDraft(once.draft, options)).toEqual({ ok: true, draft: once.draft, readOnly: false, notes: [] });
      }),
      { numRuns: 800 },
    );
  });
});
