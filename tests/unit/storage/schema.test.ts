// The published JSON Schema (docs/draft.schema.json): generated from the valibot schemas, committed up to date,
// and true to the files the app writes.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_PATH, draftFileJsonSchemaText } from '../../../scripts/draft-schema';
import type { AnyDraft } from '../../../src/forms/registry';
import { exportDraftsFile } from '../../../src/storage/file';
import { fixtures, withValues } from './support';

const committed = readFileSync(DRAFT_SCHEMA_PATH, 'utf8');

const ajv = new Ajv2020({ allErrors: true });
ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)) && /^\d{4}-\d\d-\d\dT/.test(text));
const validate = ajv.compile(JSON.parse(committed) as object);

describe('docs/draft.schema.json', () => {
  test('is what `npm run schema:draft` generates now (run it after changing a form or the draft schema)', () => {
    expect(committed).toBe(draftFileJsonSchemaText());
  });

  test('accepts the file the app exports, for every form version', () => {
    const drafts = Object.values(fixtures).map((d) => ({ ...d, title: '甲', unplaced: [{ path: '/values/x', value: { a: [1] }, reason: '此版本申报表没有这一项' }] }) as AnyDraft);
    const ok = validate(JSON.parse(exportDraftsFile(drafts).text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each([
    ['a year the version does not report', (d: AnyDraft) => withValues(d, { totalOutput: { '2019': '1' } })],
    ['a number stored as a JSON number', (d: AnyDraft) => withValues(d, { area: 36.5 })],
    ['an unknown envelope key', (d: AnyDraft) => ({ ...d, savedAt: d.updatedAt }) as unknown as AnyDraft],
    ['another form version’s values', (d: AnyDraft) => ({ ...d, formVersion: 'gd-2023' }) as AnyDraft],
  ])('rejects %s', (_, spoil) => {
    const text = exportDraftsFile([spoil(fixtures['hb-2024'])]).text;
    expect(validate(JSON.parse(text))).toBe(false);
  });
});
