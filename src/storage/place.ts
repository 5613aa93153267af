// Placing a loaded value into a form version's value schema: what fits is kept, what does not is set aside
// with where it was found, so restore never drops anything a user typed.
// Hint: driven by the valibot schema the definition derives (src/forms/values.ts), so a new field kind needs
// nothing here while it is built from optional, strictObject, array, string and picklist; others are checked whole.
import * as v from 'valibot';
import type { UnplacedValue } from '../forms/draft';
import { isRecord, kindName, plainJson, pointer } from './plain';

type Schema = v.GenericSchema;
type Path = readonly (string | number)[];

/** The part of a value that fits (absent: nothing to keep) and the parts set aside. */
export interface Placed {
  readonly value?: unknown;
  readonly unplaced: readonly UnplacedValue[];
}

/** Fit `value`, found at `path`, into `schema`: keep what fits, set aside each part that does not. */
export function placeValue(schema: Schema, value: unknown, path: Path): Placed {
  switch (schema.type) {
    case 'optional':
      // Hint: JSON cannot say undefined; null is how a cleared value arrives and carries nothing to keep.
      return value === undefined || value === null ? { unplaced: [] } : placeValue((schema as v.OptionalSchema<Schema, undefined>).wrapped, value, path);
    case 'strict_object':
      return _placeObject((schema as v.StrictObjectSchema<v.ObjectEntries, undefined>).entries, value, path);
    case 'array':
      return _placeArray((schema as v.ArraySchema<Schema, undefined>).item, value, path);
    case 'string':
      return typeof value === 'string' ? { value, unplaced: [] } : setAside(value, path, `应为文字，实际为${kindName(value)}`);
    case 'picklist':
      return (schema as v.PicklistSchema<v.PicklistOptions, undefined>).options.includes(value as string)
        ? { value, unplaced: [] }
        : setAside(value, path, '不是此项可选的答案');
    default:
      return v.is(schema, value) ? { value, unplaced: [] } : setAside(value, path, '不符合此项的格式');
  }
}

/** The whole value set aside, as inert JSON, with its path and reason. */
export function setAside(value: unknown, path: Path, reason: string): Placed {
  return { unplaced: [{ path: pointer(path), value: plainJson(value), reason }] };
}

function _placeObject(entries: v.ObjectEntries, value: unknown, path: Path): Placed {
  if (!isRecord(value)) return setAside(value, path, `应为对象，实际为${kindName(value)}`);
  const kept: [string, unknown][] = [];
  const unplaced: UnplacedValue[] = [];
  for (const [key, item] of Object.entries(value)) {
    // Hint: hasOwn, so keys like `__proto__` or `constructor` are unknown keys, never schema lookups.
    const entry = Object.prototype.hasOwnProperty.call(entries, key) ? entries[key] : undefined;
    const placed = entry ? placeValue(entry, item, [...path, key]) : setAside(item, [...path, key], '此版本申报表没有这一项');
    unplaced.push(...placed.unplaced);
    if (placed.value !== undefined) kept.push([key, placed.value]);
  }
  const missing = Object.keys(entries).find((key) => entries[key]?.type !== 'optional' && !kept.some(([k]) => k === key));
  // Hint: a row without its required keys (an added target without id) cannot stand; keep the whole original.
  if (missing) return setAside(value, path, `缺少必需的「${missing}」`);
  return { value: Object.fromEntries(kept), unplaced };
}

function _placeArray(item: Schema, value: unknown, path: Path): Placed {
  if (!Array.isArray(value)) return setAside(value, path, `应为列表，实际为${kindName(value)}`);
  const kept: unknown[] = [];
  const unplaced: UnplacedValue[] = [];
  value.forEach((element: unknown, index) => {
    const placed = placeValue(item, element, [...path, index]);
    unplaced.push(...placed.unplaced);
    if (placed.value !== undefined) kept.push(placed.value);
  });
  return { value: kept, unplaced };
}
