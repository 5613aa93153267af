// The same enterprise twice: names compared as a person would (spaces and bracket widths ignored).
import type { EnterpriseRow } from '../forms/enterpriseValues';

/** The name an enterprise is known by, for comparing: 「谷城 XX(集团)有限公司」 = 「谷城XX（集团）有限公司」. */
export function nameKey(name: string | undefined): string {
  return (name ?? '').replace(/[\s\u3000]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** For each row whose name another row also has: the index of the first row with it. */
export function firstWithSameName(rows: readonly EnterpriseRow[]): Map<number, number> {
  const first = new Map<string, number>();
  const dup = new Map<number, number>();
  rows.forEach((r, i) => {
    const key = nameKey(r.name);
    if (!key) return;
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else dup.set(i, at);
  });
  return dup;
}
