// An import before it happens: every file's rows and problems, each row checked, enterprises named twice in the
// batch, and those already in the list — which the official chooses to replace or keep, never silently.
import type { EnterpriseTable } from '../forms/enterpriseTable';
import type { EnterpriseRow } from '../forms/enterpriseValues';
import { checkRow } from './checks';
import { firstWithSameName, nameKey } from './duplicates';
import { rowMessage } from './problems';
import type { Severity } from './problems';
import type { FileRead } from './readSheets';
import type { ImportedRow } from './rows';

/** A message of the import, with its kind and severity (the UI groups by severity, never by text). */
export interface PlanMessage {
  readonly kind: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface ImportPlan {
  readonly reads: readonly FileRead[];
  /** Rows of the files read (none of a refused file). */
  readonly rows: readonly ImportedRow[];
  readonly messages: readonly PlanMessage[];
  /** Imported rows naming an enterprise already in the list. */
  readonly existing: readonly ImportedRow[];
}

function _rowMessages(rows: readonly ImportedRow[], table: EnterpriseTable): PlanMessage[] {
  const dup = firstWithSameName(rows.map((r) => r.row));
  return rows.flatMap((r, i) => {
    const first = dup.get(i);
    const twice = first === undefined ? [] : [{ kind: 'duplicate', severity: 'error' as const, message: `${r.place} 企业名称：与 ${rows[first]!.place} 是同一家企业（“${r.row.name}”），请删去重复的一行` }];
    return [...twice, ...checkRow(r.row, table).map((p) => ({ kind: p.kind, severity: p.severity, message: rowMessage(r.place, p) }))];
  });
}

/** The plan of importing these reads into the list `current`. */
export function planImport(reads: readonly FileRead[], current: readonly EnterpriseRow[], table: EnterpriseTable): ImportPlan {
  const rows = reads.flatMap((r) => r.rows);
  const fileMessages = reads.flatMap((r) =>
    r.problems.map((p) => ({ kind: p.kind, severity: p.severity, message: `${r.file}：${p.detail}${r.refused && p.severity === 'error' ? '（此文件未导入）' : ''}` })),
  );
  const known = new Set(current.map((r) => nameKey(r.name)).filter((k) => k));
  const existing = rows.filter((r) => known.has(nameKey(r.row.name)));
  return { reads, rows, messages: [...fileMessages, ..._rowMessages(rows, table)], existing };
}

/** The list after the import: new enterprises appended; those already listed replaced in place, or kept as they were. */
export function applyImport(plan: ImportPlan, current: readonly EnterpriseRow[], existing: 'replace' | 'keep'): EnterpriseRow[] {
  const byName = new Map(plan.existing.map((r) => [nameKey(r.row.name), r.row]));
  const kept = current.map((r) => (existing === 'replace' ? byName.get(nameKey(r.name)) ?? r : r));
  const taken = new Set(plan.existing);
  return [...kept, ...plan.rows.filter((r) => !taken.has(r)).map((r) => r.row)];
}
