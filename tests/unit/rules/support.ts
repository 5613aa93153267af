// Test helpers for the rules: a fixture draft's values as a fresh copy, changed by a few cells.
import type { FieldValue } from '../../../src/forms/fieldValues';
import { resolveNotice } from '../../../src/forms';
import type { NoticeContext } from '../../../src/forms';
import { fieldById } from '../../../src/forms/walk';
import { eligibilityReport } from '../../../src/rules';
import type { CriterionResult } from '../../../src/rules';
import { fixtureDrafts } from '../../fixtures/drafts';

export type NoticeId = keyof typeof fixtureDrafts;
export type Values = { [id: string]: FieldValue | undefined };

/** The notice context of a fixture's notice. */
export const ctxOf = (noticeId: NoticeId): NoticeContext => resolveNotice(noticeId);

/** A deep copy of the complete fixture draft's values. */
export const fixtureValues = (noticeId: NoticeId): Values => structuredClone(fixtureDrafts[noticeId].values) as Values;

/** A cell address: a field id, or a field id and a path ('2023', 'count', 'fixed.co2.target'). */
export type Cell = string | readonly [string, string];

/** The fixture's values with the given cells set (paths create objects as needed). */
export function withCells(noticeId: NoticeId, cells: readonly (readonly [Cell, unknown])[]): Values {
  const values = fixtureValues(noticeId);
  for (const [cell, value] of cells) {
    const [fieldId, path] = typeof cell === 'string' ? [cell, undefined] : cell;
    if (!path) {
      values[fieldId] = value as FieldValue;
      continue;
    }
    const keys = path.split('.');
    let node = (values[fieldId] ??= {}) as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  }
  return values;
}

/** The last report year of the notice's form, as a key. */
export function lastYear(noticeId: NoticeId): string {
  return String(ctxOf(noticeId).years[2]);
}

/** The result of one criterion on the given values (all qualitative items undeclared). */
export function criterion(noticeId: NoticeId, values: Values, id: string): CriterionResult {
  const result = eligibilityReport(ctxOf(noticeId), values, {}).find((r) => r.id === id);
  if (!result) throw new Error(`no criterion ${id} for ${noticeId}`);
  return result;
}

/** The cell of a field for a year: the year's cell where the field is per year, else the single value. */
export function perYearOrSingle(noticeId: NoticeId, fieldId: string, year: string): Cell {
  const field = fieldById(ctxOf(noticeId).form, fieldId);
  return field.kind === 'number' && field.perYear ? [fieldId, year] : fieldId;
}
