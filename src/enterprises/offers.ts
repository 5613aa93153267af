// The table's figures against what the form holds: per cell the typed value, whether the two differ by more
// than rounding, and the text to offer (「填入 123.45」). Also the form's values with its empty cells supplied from
// the table, for the 认定标准自查 (said there as 「据一企一表合计」).
import type { EnterpriseRow } from '../forms/enterpriseValues';
import type { FieldValue, FormValues } from '../forms/fieldValues';
import type { YearCells } from '../forms/values';
import type { FormDefinition } from '../forms/types';
import { cellText, toNum } from '../rules/read';
import { backedFigures } from './backing';
import type { Backed } from './backing';

export interface Offer extends Backed {
  /** The text typed in the cell, if any. */
  readonly typedText?: string;
  readonly typed: number | null;
  /** Typed and offered differ by more than the rounding of either. */
  readonly differs: boolean;
  /** What 「填入」 puts in the cell (two decimals, whole for counts); null where there is nothing to offer. */
  readonly text: string | null;
  /** 「集群总产值（亿元） 2020年」. */
  readonly cellLabel: string;
}

function _offer(b: Backed, values: FormValues): Offer {
  const raw = cellText(values, b.field, b.year);
  const typedText = typeof raw === 'string' && raw.trim() !== '' ? raw : undefined;
  const typed = toNum(typedText, b.field.measure === 'count');
  const text = b.value === null ? null : b.field.measure === 'count' ? String(b.value) : b.value.toFixed(2);
  // Hint: the offer is rounded to two decimals (±0.005); the typed value carries its own rounding.
  const differs = typed !== null && b.value !== null && Math.abs(typed.value - b.value) > typed.half + (b.field.measure === 'count' ? 0 : 0.005) + 1e-9;
  const cellLabel = `${b.field.label}${b.year !== undefined ? ` ${b.year}年` : ''}`;
  return { ...b, ...(typedText !== undefined ? { typedText } : {}), typed: typed?.value ?? null, differs, text, cellLabel };
}

const figures = new WeakMap<readonly EnterpriseRow[], { form: FormDefinition; backed: Backed[] }>();

/** The table's figures for a list, computed once per list (the list is replaced, never changed in place). */
function _figures(form: FormDefinition, rows: readonly EnterpriseRow[]): Backed[] {
  const cached = figures.get(rows);
  if (cached?.form === form) return cached.backed;
  const backed = backedFigures(form, rows);
  figures.set(rows, { form, backed });
  return backed;
}

/** Every offer for the draft's form, in the order of the backings. */
export function enterpriseOffers(form: FormDefinition, values: FormValues, rows: readonly EnterpriseRow[]): Offer[] {
  if (!rows.length) return [];
  return _figures(form, rows).map((b) => _offer(b, values));
}

/** The offers for one field; `value` is the field's current value. */
export function fieldOffers(form: FormDefinition, fieldId: string, value: FieldValue | undefined, rows: readonly EnterpriseRow[]): Offer[] {
  if (!rows.length) return [];
  return _figures(form, rows)
    .filter((b) => b.field.id === fieldId)
    .map((b) => _offer(b, { [fieldId]: value }));
}

/** The values with every empty backed cell filled from the table, and the offers that filled one. */
export function suppliedValues(values: FormValues, offers: readonly Offer[]) {
  const out: { [id: string]: FieldValue | undefined } = { ...values };
  const used = offers.filter((o) => o.typedText === undefined && o.text !== null);
  for (const o of used) {
    if (o.year === undefined) out[o.field.id] = o.text ?? undefined;
    else out[o.field.id] = { ...((out[o.field.id] as YearCells | undefined) ?? {}), [String(o.year)]: o.text ?? undefined };
  }
  return { values: out, used };
}
