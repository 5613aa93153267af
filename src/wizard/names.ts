// Accessible names and DOM ids of controls, derived from the official labels.
// Every control's name contains its official label (and the year for per-year cells), so keyboard,
// screen-reader and test users find it the same way: 「集群总产值（亿元） 2023年」.
import type { Field } from '../forms/types';

/** The official label, prefixed with its row's label where the label alone is ambiguous (「联系人」). */
export function fieldName(field: Field): string {
  return field.context ? `${field.context} ${field.label}` : field.label;
}

/** The name of a per-year cell. */
export function yearName(field: Field, year: number | string): string {
  return `${fieldName(field)} ${year}年`;
}

/** DOM id of a field's control, or of one part of it (a year, 'count', 'names.0' …). */
export function controlId(fieldId: string, path?: string): string {
  return path ? `f-${fieldId}-${path.replace(/\./g, '-')}` : `f-${fieldId}`;
}

/** DOM id of a field's message. */
export function messageId(fieldId: string): string {
  return `m-${fieldId}`;
}
