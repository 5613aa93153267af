// The 一企一表 in the draft: version 2 carries it through restore, migration, export and import, and the published
// JSON Schema; a row or cell that does not fit the form version is set aside, never dropped.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, test } from 'vitest';
import { DRAFT_SCHEMA_PATH } from '../../../scripts/draft-schema';
import { DRAFT_SCHEMA_VERSION } from '../../../src/forms/draft';
import { formVersions } from '../../../src/forms/registry';
import type { AnyDraft } from '../../../src/forms/registry';
import { enterpriseTotals } from '../../../src/enterprises/totals';
import { enterpriseTableOf } from '../../../src/forms/enterpriseTable';
import { exportDraftsFile, parseImportFile } from '../../../src/storage/file';
import { restoreDraft } from '../../../src/storage/restore';
import { fixtureDrafts } from '../../fixtures/drafts';
import { fourEnterprises } from '../../fixtures/enterprises';

const form = formVersions['gd-2023'];
const rows = fourEnterprises(form);
const draft = { ...fixtureDrafts['gd-2023'], enterprises: rows } as AnyDraft;
const restored = (input: unknown) => {
  const r = restoreDraft(input);
  if (!r.ok) throw new Error(r.error);
  return r;
};

describe('restore', () => {
  test('a current draft with enterprises comes back unchanged (version 2 added them)', () => {
    expect(DRAFT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect(restored(draft).draft).toEqual(draft);
  });

  test('a version-1 draft migrates to the current version with nothing to convert and no enterprises', () => {
    const r = restored({ ...fixtureDrafts['gd-2023'], version: 1 });
    expect(r.draft).toEqual(fixtureDrafts['gd-2023']);
    expect(r.notes).toEqual([]);
  });

  test('a year the table does not have, an unknown key, a row without id: set aside with where they were', () => {
    const odd = [{ ...rows[0]!, output: { ...rows[0]!.output, '2018': '9.9' }, stamp: '已盖章' }, { name: '无编号企业' }];
    const r = restored({ ...draft, enterprises: odd });
    expect((r.draft as { enterprises?: unknown[] }).enterprises).toEqual([rows[0]]);
    expect(r.draft.unplaced?.map((u) => u.path)).toEqual(['/enterprises/0/output/2018', '/enterprises/0/stamp', '/enterprises/1']);
  });
});

describe('export and import', () => {
  test('the exported file holds the enterprises, validates against docs/draft.schema.json, and imports with totals unchanged', async () => {
    const file = exportDraftsFile([draft]);
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addFormat('date-time', (t: string) => !Number.isNaN(Date.parse(t)));
    const validate = ajv.compile(JSON.parse(readFileSync(DRAFT_SCHEMA_PATH, 'utf8')) as object);
    expect([validate(JSON.parse(file.text)), validate.errors ?? []]).toEqual([true, []]);
    const parsed = await parseImportFile(file.text);
    expect(parsed.ok).toBe(true);
    const back = parsed.ok ? (parsed.items[0] as { draft?: { enterprises?: typeof rows } }).draft : undefined;
    const table = enterpriseTableOf(form);
    expect(enterpriseTotals(back?.enterprises ?? [], table)).toEqual(enterpriseTotals(rows, table));
  });
});
