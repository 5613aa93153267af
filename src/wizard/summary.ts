// Read-only summaries of answers for the review page (核对信息): one short text per field.
import { standardCategories, standardRoles } from '../forms/types';
import type { Field, ReportYears } from '../forms/types';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const withUnit = (text: string, unit?: string) => (text && unit ? `${text} ${unit}` : text);

function perYear(value: unknown, years: ReportYears, unit?: string): string {
  const obj = (value ?? {}) as Record<string, unknown>;
  const cells = years.map((y) => (str(obj[y]) ? `${y}年 ${withUnit(str(obj[y]), unit)}` : ''));
  return cells.filter(Boolean).join('；');
}

function standards(value: unknown, years: ReportYears): string {
  const table = (value ?? {}) as Record<string, Record<string, Record<string, unknown> | undefined> | undefined>;
  return years
    .map((y) => {
      const cells = standardCategories.flatMap((c) =>
        standardRoles.map((r) => [c.label + r.label.replace('数量', ''), str(table[y]?.[c.value]?.[r.value])] as const),
      );
      const filled = cells.filter(([, v]) => v !== '');
      return filled.length ? `${y}年：${filled.map(([k, v]) => `${k} ${v}`).join('，')}` : '';
    })
    .filter(Boolean)
    .join('；');
}

/** The answer of a field in one line (targets get a line per indicator), or '' when not answered. */
export function summarise(field: Field, value: unknown, years: ReportYears): string {
  switch (field.kind) {
    case 'number':
      return field.perYear ? perYear(value, years, field.unit) : withUnit(str(value), field.unit);
    case 'choice':
      return field.options.find((o) => o.value === value)?.label ?? '';
    case 'ticks': {
      const ticked = Array.isArray(value) ? value : [];
      return field.options.filter((o) => ticked.includes(o.value)).map((o) => `☑ ${o.label}`).join('\n') || '（未勾选任何一项）';
    }
    case 'countList': {
      const v = (value ?? {}) as { count?: string; names?: string[] };
      const names = (v.names ?? []).filter((n) => n.trim());
      return v.count ? `数量：${v.count} 个${names.length ? `；名称：${names.join('、')}` : ''}` : '';
    }
    case 'region': {
      const v = (value ?? {}) as Record<string, string | undefined>;
      return field.parts.map((p) => (v[p.value] ? `${v[p.value]} ${p.label}` : '')).filter(Boolean).join(' ');
    }
    case 'standards':
      return standards(value, years);
    case 'targets': {
      const v = (value ?? {}) as { fixed?: Record<string, { baseline?: string; target?: string } | undefined>; added?: { direction: string; indicator?: string; baseline?: string; target?: string }[] };
      const fixed = field.directions.flatMap((d) =>
        d.indicators.map((i) => `${d.direction} · ${i.label}：${v.fixed?.[i.key]?.baseline ?? '—'} → ${v.fixed?.[i.key]?.target ?? '—'}`),
      );
      const added = (v.added ?? []).map((a) => `${a.direction} · ${a.indicator ?? '—'}：${a.baseline ?? '—'} → ${a.target ?? '—'}`);
      return [...fixed, ...added].join('\n');
    }
    default:
      return str(value);
  }
}
