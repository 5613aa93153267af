// Changes a next-year form version makes to its base, by field id: a reworded label, a row replaced, rows added
// or removed. Applied to the built definition, so the base's year facts are derived afresh first.
import { isStructure, structureOf } from './structure';
import type { FormDefinition, LayoutItem } from './types';
import { formFields } from './walk';

/** What changed in a form version against its base, by the ids of the fields concerned. */
export interface FormEdits {
  /** Field id → its new label, verbatim from the new form. */
  readonly relabel?: { readonly [fieldId: string]: string };
  /** Field id → the item printed in its place. */
  readonly replace?: { readonly [fieldId: string]: LayoutItem };
  /** Items the new form adds, each printed right after (or before) the field with that id. */
  readonly add?: readonly ({ readonly item: LayoutItem } & ({ readonly after: string } | { readonly before: string }))[];
  /** Ids of the fields the new form no longer prints. */
  readonly remove?: readonly string[];
}

function _named(edits: FormEdits): string[] {
  const anchors = (edits.add ?? []).map((a) => ('after' in a ? a.after : a.before));
  return [...Object.keys(edits.relabel ?? {}), ...Object.keys(edits.replace ?? {}), ...anchors, ...(edits.remove ?? [])];
}

function _editItem(item: LayoutItem, edits: FormEdits): LayoutItem[] {
  if (isStructure(item)) return [structureOf(item).mapChildren(item, (child) => _editItem(child, edits))];
  const id = item.id;
  const before = (edits.add ?? []).flatMap((a) => ('before' in a && a.before === id ? [a.item] : []));
  const after = (edits.add ?? []).flatMap((a) => ('after' in a && a.after === id ? [a.item] : []));
  const label = edits.relabel?.[id];
  const own: LayoutItem[] = edits.remove?.includes(id) ? [] : [edits.replace?.[id] ?? (label ? { ...item, label } : item)];
  return [...before, ...own, ...after];
}

function _check(form: FormDefinition, edits: FormEdits): void {
  const known = new Set(formFields(form).map((f) => f.id));
  const unknown = _named(edits).filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`表单 ${form.id} 中没有这些字段，无法修改：${unknown.join('、')}`);
}

function _checkUnique(form: FormDefinition): void {
  const ids = formFields(form).map((f) => f.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length) throw new Error(`表单 ${form.id} 中字段编号重复：${[...new Set(twice)].join('、')}`);
}

/** The definition with the edits made; an edit naming a field the form lacks, or a duplicate id, is an error. */
export function applyEdits<F extends FormDefinition>(form: F, edits: FormEdits): F {
  _check(form, edits);
  const cover = { ...form.cover, fields: form.cover.fields.flatMap((i) => _editItem(i, edits)) };
  const sections = form.sections.map((s) => ({ ...s, items: s.items.flatMap((i) => _editItem(i, edits)) }));
  const edited = { ...form, cover, sections };
  _checkUnique(edited);
  return edited;
}
