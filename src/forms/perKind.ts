// Registries keyed by field kind: the one shape every layer (rules, wizard, PDF, DOCX) uses for its per-kind
// functions, and the one place that looks an entry up for a field.
import type { Field, FieldKind, FieldOfKind } from './types';

/** One function per field kind, each taking its own kind of field; a kind without one does not compile. */
export type PerKind<A extends unknown[], R> = { readonly [K in FieldKind]: (field: FieldOfKind<K>, ...args: A) => R };

/**
 * Calls the registry's function for the field's kind.
 * Hint: the cast only forgets which kind; `PerKind` ties each entry to its own kind of field.
 */
export function callForKind<A extends unknown[], R>(registry: PerKind<A, R>, field: Field, ...args: A): R {
  const fn = registry[field.kind] as (field: Field, ...args: A) => R;
  return fn(field, ...args);
}
