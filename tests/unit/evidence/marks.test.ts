// The 佐证材料 marks in the draft (version 5): kept through restore, export, import and the published JSON Schema;
// a version-4 draft migrates with none; a mark that does not fit is set aside on its own, never dropped; the editor
// keeps them in its snapshot; a followed save takes them over.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_PATH } from '../../../scripts/draft-schema';
import { DRAFT_SCHEMA_VERSION } from '../../../src/forms/draft';
import type { AnyDraft } from '../../../src/forms/registry';
import { exportDraftsFile, parseImportFile } from '../../../src/storage/file';
import { restoreDraft } from '../../../src/storage/restore';
import { draftForNotice } from '../../../src/storage/transfer';
import { createEditor } from '../../../src/wizard/store';
import { fixtureDrafts } from '../../fixtures/drafts';

const marks = { 'list:3': { mark: 'self' }, 'platforms:national': { mark: 'na', reason: '集群内没有国家级平台' } };
const draft = { ...fixtureDrafts['gd-2023'], evidence: marks } as AnyDraft;
const restored = (input: unknown) => {
  const r = restoreDraft(input);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('restore', () => {
  test('a draft with marks comes back unchanged, as version 5', () => {
    expect(DRAFT_SCHEMA_VERSION).toBe(5);
    expect(restored(draft).draft).toEqual(draft);
  });

  test('a version-4 draft migrates with nothing to convert and no marks', () => {
    const r = restored({ ...fixtureDrafts['hb-2024'], version: 4 });
    expect(r.draft).toEqual(fixtureDrafts['hb-2024']);
    expect(r.notes).toEqual([]);
  });

  test('an unknown mark, 不适用 without a reason, a mark that is not an object: each set aside, the good ones kept', () => {
    const odd = { 'list:1': { mark: 'self' }, 'list:2': { mark: 'done' }, 'list:4': { mark: 'na', reason: '' }, 'list:5': 'self' };
    const r = restored({ ...fixtureDrafts['gd-2023'], evidence: odd });
    expect((r.draft as { evidence?: unknown }).evidence).toEqual({ 'list:1': { mark: 'self' } });
    expect(r.draft.unplaced?.map((u) => [u.path, u.value])).toEqual([
      ['/evidence/list:2', { mark: 'done' }],
      ['/evidence/list:4', { mark: 'na', reason: '' }],
      ['/evidence/list:5', 'self'],
    ]);
    expect(restored({ ...fixtureDrafts['gd-2023'], evidence: ['self'] }).draft.unplaced?.map((u) => u.path)).toEqual(['/evidence']);
  });

  test('a key like __proto__ is set aside, not lost, and never sets the prototype', () => {
    const r = restored({ ...fixtureDrafts['gd-2023'], evidence: JSON.parse('{"__proto__": {"mark": "self"}, "list:1": {"mark": "self"}}') });
    const kept = (r.draft as { evidence: Record<string, unknown> }).evidence;
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
    expect(kept).toEqual({ 'list:1': { mark: 'self' } });
    expect(r.draft.unplaced?.map((u) => u.path)).toEqual(['/evidence/__proto__']);
  });
});

test('the exported file holds the marks, validates against docs/draft.schema.json, and imports them back', async () => {
  const file = exportDraftsFile([draft]);
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addFormat('date-time', (t: string) => !Number.isNaN(Date.parse(t)));
  const validate = ajv.compile(JSON.parse(readFileSync(DRAFT_SCHEMA_PATH, 'utf8')) as object);
  expect([validate(JSON.parse(file.text)), validate.errors ?? []]).toEqual([true, []]);
  expect(validate(JSON.parse(exportDraftsFile([{ ...draft, evidence: { 'list:1': { mark: 'na' } } } as never]).text))).toBe(false);
  const parsed = await parseImportFile(file.text);
  expect(parsed.ok && (parsed.items[0] as { draft: unknown }).draft).toEqual(draft);
});

test('the editor keeps the marks in its snapshot, clears one, and drops the key when none is left', () => {
  const editor = createEditor(fixtureDrafts['gd-2023'] as never);
  expect(editor.snapshot()).not.toHaveProperty('evidence');
  const before = editor.revision.peek();
  editor.markEvidence('list:3', { mark: 'self' });
  editor.markEvidence('list:4', { mark: 'na', reason: '不涉及' });
  expect(editor.revision.peek()).toBe(before + 2);
  expect(editor.snapshot()).toMatchObject({ evidence: { 'list:3': { mark: 'self' }, 'list:4': { mark: 'na', reason: '不涉及' } } });
  editor.markEvidence('list:3', undefined);
  editor.markEvidence('list:4', undefined);
  expect(editor.snapshot()).not.toHaveProperty('evidence');
  expect(createEditor(draft as never).snapshot()).toMatchObject({ evidence: marks });
});

test('「改用其他通知」 leaves the marks with the original: the new notice’s list is checked afresh', () => {
  const moved = draftForNotice(draft, 'cn-2024', { title: '改用国家通知' });
  expect(moved.ok && moved.change.draft).not.toHaveProperty('evidence');
});
