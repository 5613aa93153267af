// A short account of what a field holds, for the evidence list; empty where nothing calls for evidence
// (blank, 「无」, or only zeros: no platform, no patent, no standard to prove).
import type { Field } from '../forms/types';
import { parseNumberText } from '../forms/numbers';

const _meaningful = (t: unknown): t is string => typeof t === 'string' && t.trim() !== '' && t.trim() !== '无';
const _nonZero = (t: unknown) => {
  if (!_meaningful(t)) return false;
  const p = parseNumberText(t);
  return p.kind !== 'number' || p.value !== 0;
};

/** Every string leaf of a value (year cells, table cells). */
function _leaves(value: unknown): unknown[] {
  if (value && typeof value === 'object') return Object.values(value).flatMap(_leaves);
  return [value];
}

export function enteredText(field: Field, value: unknown, years: readonly number[]): string {
  switch (field.kind) {
    case 'countList': {
      const v = (value ?? {}) as { count?: unknown; names?: unknown };
      const names = (Array.isArray(v.names) ? v.names : []).filter(_meaningful);
      if (!names.length && !_nonZero(v.count)) return '';
      return `${_meaningful(v.count) ? `${v.count.trim()} 个` : ''}${names.length ? `：${names.join('；')}` : ''}`;
    }
    case 'number':
      if (!field.perYear) return _nonZero(value) ? String(value).trim() : '';
      return _leaves(value).some(_nonZero)
        ? years.map((y) => `${y}年 ${String((value as Record<string, unknown>)[String(y)] ?? '—')}`).join('，')
        : '';
    case 'standards':
      return _standardsText(value);
    case 'ticks':
      return field.options.filter((o) => Array.isArray(value) && value.includes(o.value)).map((o) => o.label).join('；');
    case 'choice':
      return field.options.find((o) => o.value === value)?.label ?? '';
    case 'narrative':
    case 'planText':
    case 'text':
      return _meaningful(value) ? `已填写（${value.trim().slice(0, 20)}${value.trim().length > 20 ? '…' : ''}）` : '';
    default:
      return _leaves(value).some(_meaningful) ? '已填写' : '';
  }
}

/** 「主持 3 项、参与 12 项」 over every year and category of the standards table; empty where all are 0. */
function _standardsText(value: unknown): string {
  const sum = { lead: 0, join: 0 };
  for (const byCategory of Object.values((value ?? {}) as Record<string, Record<string, Record<string, unknown>> | undefined>))
    for (const cell of Object.values(byCategory ?? {}))
      for (const role of ['lead', 'join'] as const) {
        const p = parseNumberText(typeof cell?.[role] === 'string' ? (cell[role] as string) : undefined);
        if (p.kind === 'number') sum[role] += p.value;
      }
  return sum.lead + sum.join > 0 ? `主持 ${sum.lead} 项、参与 ${sum.join} 项` : '';
}
