// The submission answers in the draft (version 4): kept through restore, export, import and the published JSON
// Schema; a version-3 draft migrates with none; what does not fit is set aside, never dropped; the editor keeps
// them in its snapshot; 「改用其他通知」 carries them.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_PATH } from '../../../scripts/draft-schema';
import { DRAFT_SCHEMA_VERSION } from '../../../src/forms/draft';
import type { AnyDraft } from '../../../src/forms/registry';
import type { SubmissionAnswers } from '../../../src/forms/submission';
import { exportDraftsFile, parseImportFile } from '../../../src/storage/file';
import { restoreDraft } from '../../../src/storage/restore';
import { draftForNotice } from '../../../src/storage/transfer';
import { createEditor } from '../../../src/wizard/store';
import { fixtureDrafts } from '../../fixtures/drafts';
import { countyDrafts } from '../../fixtures/drafts/counties';

const draft = { ...countyDrafts[1]!, submission: { ...(countyDrafts[1] as { submission: object }).submission, ticks: { 'form:stamped': true, 'cd:sent': false } } } as AnyDraft;
const restored = (input: unknown) => {
  const r = restoreDraft(input);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('restore', () => {
  test('a draft with its submission answers comes back unchanged (version 4 and later)', () => {
    expect(DRAFT_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect(restored(draft).draft).toEqual(draft);
  });

  test('a version-3 draft migrates with nothing to convert and no submission answers', () => {
    const r = restored({ ...fixtureDrafts['hb-2024'], version: 2 });
    expect(r.draft).toEqual(fixtureDrafts['hb-2024']);
    expect(r.notes).toEqual([]);
  });

  test('an answer of the wrong type, an unknown key, a tick that is not 是/否: set aside with where they were, the rest kept', () => {
    const odd = { leadingIndustry: 42, intro: '简介', stamp: '已盖章' };
    const r = restored({ ...fixtureDrafts['hb-2024'], submission: odd });
    expect((r.draft as { submission?: unknown }).submission).toEqual({ intro: '简介' });
    expect(r.draft.unplaced?.map((u) => [u.path, u.value])).toEqual([['/submission/leadingIndustry', 42], ['/submission/stamp', '已盖章']]);
    const ticks = restored({ ...fixtureDrafts['hb-2024'], submission: { ticks: { 'form:sent': 'yes' } } });
    expect(ticks.draft.unplaced?.map((u) => u.path)).toEqual(['/submission/ticks']);
  });
});

test('the exported file holds the answers, validates against docs/draft.schema.json, and imports them back', async () => {
  const file = exportDraftsFile([draft]);
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('date-time', (t: string) => !Number.isNaN(Date.parse(t)));
  const validate = ajv.compile(JSON.parse(readFileSync(DRAFT_SCHEMA_PATH, 'utf8')) as object);
  expect([validate(JSON.parse(file.text)), validate.errors ?? []]).toEqual([true, []]);
  expect(validate(JSON.parse(exportDraftsFile([{ ...draft, submission: { intro: 1 } } as never]).text))).toBe(false);
  const parsed = await parseImportFile(file.text);
  expect(parsed.ok && (parsed.items[0] as { draft: unknown }).draft).toEqual(draft);
});

test('the editor keeps the answers in its snapshot, and drops them when all are emptied', () => {
  const editor = createEditor(fixtureDrafts['hb-2024'] as never);
  expect(editor.snapshot()).not.toHaveProperty('submission');
  editor.setSubmission({ leadingIndustry: '非织造布', ticks: { 'form:stamped': false } });
  expect(editor.snapshot()).toMatchObject({ submission: { leadingIndustry: '非织造布', ticks: { 'form:stamped': false } } });
  editor.setSubmission({ leadingIndustry: '' });
  expect(editor.snapshot()).not.toHaveProperty('submission');
});

test('「改用其他通知」 carries the answers to the new draft, not the old notice\'s 已盖章/已寄出 ticks', () => {
  const moved = draftForNotice(draft, 'cn-2024', { title: '改用国家通知' });
  const { ticks, ...answers } = (draft as { submission: SubmissionAnswers }).submission;
  expect(ticks).toBeDefined();
  expect(moved.ok && (moved.change.draft as { submission?: unknown }).submission).toEqual(answers);
});
