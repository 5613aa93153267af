// Migrations of stored drafts, one step per schema version: `migrations[n]` turns a version-n document into
// version n+1. restoreDraft runs them in order; raising DRAFT_SCHEMA_VERSION without a step fails to compile.
import { DRAFT_SCHEMA_VERSION } from '../forms/draft';
import { MAX_DEPTH, isRecord } from './plain';

/**
 * What a draft read from storage or a file may look like before restore: any key missing, any value of any
 * type, keys no version knows. The strict type is `AnyDraft`; only restoreDraft turns one into the other.
 */
export interface ImportedDraft {
  readonly version?: unknown;
  readonly id?: unknown;
  readonly noticeId?: unknown;
  readonly formVersion?: unknown;
  readonly createdAt?: unknown;
  readonly updatedAt?: unknown;
  readonly title?: unknown;
  readonly values?: unknown;
  readonly unplaced?: unknown;
  readonly [key: string]: unknown;
}

/** One step: a version-n document to version n+1. Notes (Chinese) tell the user what changed. */
export type Migration = (doc: ImportedDraft, notes: string[]) => ImportedDraft;

/**
 * Version 0 is the prototype's draft: no `version`, no `formVersion` (the notice implies it), the last change
 * in `savedAt`, and numbers stored as JSON numbers. Version 1 keeps numbers as the text typed (src/forms/values.ts).
 */
function _v0ToV1(doc: ImportedDraft, notes: string[]): ImportedDraft {
  const { savedAt, version: _old, ...rest } = doc;
  const counter = { n: 0 };
  const values = _numbersToText(rest.values, counter, 0);
  if (counter.n > 0) notes.push(`旧版草稿中以数字保存的 ${counter.n} 项已转为文字，数值不变。`);
  return {
    ...rest,
    version: 1,
    values,
    createdAt: rest.createdAt ?? savedAt,
    updatedAt: rest.updatedAt ?? savedAt,
  };
}

function _numbersToText(value: unknown, counter: { n: number }, depth: number): unknown {
  if (typeof value === 'number' && Number.isFinite(value)) {
    counter.n++;
    return String(value);
  }
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => _numbersToText(item, counter, depth + 1));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, _numbersToText(item, counter, depth + 1)]));
  return value;
}

/** Version 2 adds the optional 一企一表 list (`enterprises`); a version-1 draft has none, so nothing converts. */
function _v1ToV2(doc: ImportedDraft): ImportedDraft {
  return { ...doc, version: 2 };
}

/**
 * Version 3 adds the optional `progress` key (the steps finished with 「完成本节」). A version-2 draft has none:
 * nothing was recorded, so its steps start unfinished. Hint: raising the version makes an older app open a draft
 * that has `progress` read-only instead of setting the key aside and saving the draft back without it.
 */
function _v2ToV3(doc: ImportedDraft): ImportedDraft {
  return { ...doc, version: 3 };
}

/** Version 4 adds the optional `submission` answers (推荐汇总表, 报送 ticks); a version-3 draft has none. */
function _v3ToV4(doc: ImportedDraft): ImportedDraft {
  return { ...doc, version: 4 };
}

/**
 * Version 5 adds the optional `evidence` marks (佐证材料 items marked 自我声明 or 不适用); a version-4 draft has none.
 * Hint: raised so that an older app opens a draft with marks read-only instead of setting them aside on save.
 */
function _v4ToV5(doc: ImportedDraft): ImportedDraft {
  return { ...doc, version: 5 };
}

/** Every step from version 0 to DRAFT_SCHEMA_VERSION, in order. */
export const migrations = [_v0ToV1, _v1ToV2, _v2ToV3, _v3ToV4, _v4ToV5] as const satisfies readonly Migration[] & { readonly length: typeof DRAFT_SCHEMA_VERSION };

/** Bring a document of version `from` (older than DRAFT_SCHEMA_VERSION) to the current version, step by step. */
export function migrateDraft(doc: ImportedDraft, from: number, notes: string[]): ImportedDraft {
  let current = doc;
  for (let version = from; version < DRAFT_SCHEMA_VERSION; version++) {
    const step: Migration | undefined = migrations[version];
    if (step) current = step(current, notes);
  }
  return current;
}
