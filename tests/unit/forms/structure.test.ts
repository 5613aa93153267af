// The shape of every number row of each form version (label, unit, per year or one value), held against a
// table checked by hand against the seed form (tests/fixtures/forms/<version>.numbers.txt), so a row turned
// from per-year into single, or a lost unit, fails here and not only in the drafts that happen to use it.
// After a deliberate change, regenerate with UPDATE_FORM_TABLES=1 and check the diff against the seed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formVersions } from '../../../src/forms/registry';
import type { FormDefinition, NumberField } from '../../../src/forms/types';
import { formFields } from '../../../src/forms/walk';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);

function numberRows(def: FormDefinition): string {
  const rows = formFields(def)
    .filter((f): f is NumberField => f.kind === 'number')
    .map((f) => [f.label, f.unit ?? '—', f.perYear ? `每年 ${def.years.join('/')}${f.yearLayout === 'rows' ? '（逐行）' : ''}` : '单值', f.measure].join(' | '));
  return `${rows.join('\n')}\n`;
}

describe.each(Object.values(formVersions) as FormDefinition[])('number rows of $id', (def) => {
  test('match the hand-checked table: label, unit, per year or one value, measure', () => {
    const path = fixture(`forms/${def.id}.numbers.txt`);
    if (process.env['UPDATE_FORM_TABLES'] === '1') writeFileSync(path, numberRows(def));
    expect(numberRows(def)).toBe(readFileSync(path, 'utf8'));
  });
});

test('the seed fixtures are the published texts, unchanged (tests/fixtures/seeds/SHA256SUMS)', () => {
  const sums = readFileSync(fixture('seeds/SHA256SUMS'), 'utf8').trim().split('\n');
  expect(sums).toHaveLength(5);
  for (const line of sums) {
    const [sum, name] = line.split(/\s+/);
    expect(createHash('sha256').update(readFileSync(fixture(`seeds/${name}`))).digest('hex'), name).toBe(sum);
  }
});
