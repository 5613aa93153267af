// The shared fixture drafts are valid drafts of their form and fill every field, so tests built on them are complete.
import type { FormValues } from '../../../src/forms/fieldValues';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { resolveNotice } from '../../../src/forms';
import { draftSchema } from '../../../src/forms/draft';
import { formFields } from '../../../src/forms/walk';
import { fixtureDrafts } from '../../fixtures/drafts';

describe.each(Object.entries(fixtureDrafts))('fixture draft %s', (noticeId, draft) => {
  const { form } = resolveNotice(noticeId);

  test('is a valid draft of its notice’s form version', () => {
    expect(draft.formVersion).toBe(form.id);
    expect(v.safeParse(draftSchema(form), draft).issues).toBeUndefined();
  });

  test('fills every field', () => {
    const values = draft.values as FormValues;
    expect(formFields(form).filter((f) => values[f.id] === undefined).map((f) => f.id)).toEqual([]);
  });
});
