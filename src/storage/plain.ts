// Plain JSON data: recognising records, copying foreign values into inert JSON, naming where a value was found.

/** Deeper than any form value (four levels); a hostile file nesting further is cut here instead of overflowing the stack. */
export const MAX_DEPTH = 64;

/** Marker left where a kept value nested deeper than MAX_DEPTH. */
export const TOO_DEEP = '（此处嵌套过深，未保留）';

/** A plain object (from JSON, IndexedDB or a literal), not an array, null or a class instance like Date. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of any value as inert JSON data: strings, finite numbers, booleans, null, arrays and plain objects.
 * Anything else becomes its text. Hint: keys such as `__proto__` stay own data properties (Object.fromEntries
 * defines, never assigns), so a hostile key cannot reach any prototype.
 */
export function plainJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value === undefined) return null;
  if (depth >= MAX_DEPTH) return TOO_DEEP;
  if (Array.isArray(value)) return value.map((item) => plainJson(item, depth + 1));
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, plainJson(item, depth + 1)]));
  return String(value);
}

/** A JSON Pointer (RFC 6901) for a path of keys, e.g. `["values", "totalOutput", "2019"]` → `/values/totalOutput/2019`. */
export function pointer(path: readonly (string | number)[]): string {
  return path.map((key) => '/' + String(key).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** What a value is, in Chinese, for messages such as 「应为文字，实际为数字」. */
export function kindName(value: unknown): string {
  if (value === null) return '空值';
  if (Array.isArray(value)) return '列表';
  switch (typeof value) {
    case 'string':
      return '文字';
    case 'number':
      return '数字';
    case 'boolean':
      return '是/否值';
    case 'object':
      return '对象';
    default:
      return typeof value;
  }
}
