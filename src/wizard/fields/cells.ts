// One cell of a field's value, read and written by its path ('2023', 'count', '2023.national.lead',
// 'fixed.rdSpend.baseline', 'added.0.target'), typed by kind: paste, 「填入」 and offers all write through here.
import type { FieldValue, ValueOfKind } from '../../forms/fieldValues';
import type { Field, FieldKind } from '../../forms/types';
import { standardCategories, standardRoles } from '../../forms/types';
import type { AddedTarget, StandardsValue, TargetsValue } from '../../forms/values';

type Reader<K extends FieldKind> = (value: ValueOfKind[K] | undefined, keys: readonly string[]) => string;
type Writer<K extends FieldKind> = (value: ValueOfKind[K] | undefined, keys: readonly string[], text: string) => ValueOfKind[K] | undefined;

const _text = (t: unknown): string => (typeof t === 'string' ? t : '');
const _isCategory = (k: string | undefined): k is (typeof standardCategories)[number]['value'] => standardCategories.some((c) => c.value === k);
const _isRole = (k: string | undefined): k is (typeof standardRoles)[number]['value'] => standardRoles.some((r) => r.value === k);
const _isTargetCell = (k: string | undefined): k is 'baseline' | 'target' => k === 'baseline' || k === 'target';
const _isYear = (k: string | undefined): k is `${number}` => !!k && /^\d{4}$/.test(k);

function _writeStandards(value: StandardsValue | undefined, [year, cat, role]: readonly string[], text: string): StandardsValue | undefined {
  if (!_isYear(year) || !_isCategory(cat) || !_isRole(role)) return value;
  const byCategory = value?.[year] ?? {};
  return { ...value, [year]: { ...byCategory, [cat]: { ...byCategory[cat], [role]: text } } };
}

function _writeTargets(value: TargetsValue | undefined, [part, row, cell]: readonly string[], text: string): TargetsValue | undefined {
  if (part === 'fixed' && row && _isTargetCell(cell)) return { ...value, fixed: { ...value?.fixed, [row]: { ...value?.fixed?.[row], [cell]: text } } };
  const i = Number(row);
  const added = value?.added ?? [];
  if (part !== 'added' || !added[i] || (cell !== 'indicator' && !_isTargetCell(cell))) return value;
  return { ...value, added: added.map((a, j): AddedTarget => (j === i ? { ...a, [cell]: text } : a)) };
}

const _whole = { read: (v: string | undefined) => _text(v), write: (_v: string | undefined, _k: readonly string[], text: string) => text };
const _none = { read: () => '', write: <V>(v: V) => v };

/** Per kind: the text at a path, and the value with a text written there. A kind without one does not compile. */
export const cellAccess: { readonly [K in FieldKind]: { readonly read: Reader<K>; readonly write: Writer<K> } } = {
  text: _whole,
  narrative: _whole,
  planText: _whole,
  number: {
    read: (v, [year]) => (year === undefined ? _text(v) : typeof v === 'object' && _isYear(year) ? _text(v[year]) : ''),
    write: (v, [year], text) => (year === undefined ? text : _isYear(year) ? { ...(typeof v === 'object' ? v : {}), [year]: text } : v),
  },
  countList: {
    read: (v, [part, i]) => (part === 'count' ? _text(v?.count) : _text(v?.names?.[Number(i)])),
    write: (v, [part, i], text) =>
      part === 'count' ? { ...v, count: text } : { ...v, names: (v?.names ?? []).map((n, j) => (j === Number(i) ? text : n)) },
  },
  standards: { read: (v, [y, c, r]) => (_isYear(y) && _isCategory(c) && _isRole(r) ? _text(v?.[y]?.[c]?.[r]) : ''), write: _writeStandards },
  region: { read: (v, [part]) => (part ? _text(v?.[part]) : ''), write: (v, [part], text) => (part ? { ...v, [part]: text } : v) },
  targets: {
    read: (v, [part, row, cell]) =>
      part === 'fixed' && row && _isTargetCell(cell) ? _text(v?.fixed?.[row]?.[cell]) : _text(v?.added?.[Number(row)]?.[cell as keyof AddedTarget]),
    write: _writeTargets,
  },
  choice: _none,
  ticks: _none,
};

const _keys = (path: string | undefined) => (path ? path.split('.') : []);

/** The text of one cell of the field's value ('' when empty). */
export function readCell(field: Field, value: FieldValue | undefined, path?: string): string {
  // Hint: the cast only forgets which kind; the registry's type ties each entry to its own kind's value.
  const read = cellAccess[field.kind].read as (v: FieldValue | undefined, k: readonly string[]) => string;
  return read(value, _keys(path));
}

/** The field's value with `text` written at `path` (the whole value for a field without parts). */
export function writeCell<F extends Field>(field: F, value: FieldValue<F> | undefined, path: string | undefined, text: string): FieldValue<F> | undefined {
  const write = cellAccess[field.kind].write as (v: FieldValue | undefined, k: readonly string[], t: string) => FieldValue | undefined;
  return write(value, _keys(path), text) as FieldValue<F> | undefined;
}
