// Characters of a draft the font cannot draw, each with the fields it was typed in, so the UI can say
// 「以下字符无法显示：…」 before a PDF is written (the PDF prints 〓 in their place).
import type { FormValues } from '../forms/fieldValues';
import type { FormDefinition } from '../forms/types';
import { formFields } from '../forms/walk';
import { undrawable, type GlyphCoverage } from './text/clean';

/** A character the font lacks, and where it was typed. */
export interface MissingCharacter {
  readonly char: string;
  readonly fieldIds: string[];
  /** The fields' labels, with their context where the label alone is ambiguous: 「联系人（集群运营管理机构）」. */
  readonly labels: string[];
}

/** Every string inside a value (texts, names, per-year entries, added target rows). */
function _strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(_strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(_strings);
  return [];
}

/** The characters of `values` that `font` cannot draw, in order of first appearance, with their fields. */
export function findMissing(form: FormDefinition, values: FormValues | null, font: GlyphCoverage): MissingCharacter[] {
  const found = new Map<string, MissingCharacter>();
  if (!values) return [];
  for (const field of formFields(form)) {
    for (const char of _strings(values[field.id]).flatMap((s) => undrawable(s, font))) {
      const entry = found.get(char) ?? { char, fieldIds: [], labels: [] };
      found.set(char, entry);
      if (entry.fieldIds.includes(field.id)) continue;
      entry.fieldIds.push(field.id);
      entry.labels.push(field.context ? `${field.label}（${field.context}）` : field.label);
    }
  }
  return [...found.values()];
}
