// Walking a form definition in print order: its fields, its printed texts, a field by id.
import type { Concept } from './concepts';
import type { FormValues } from './fieldValues';
import { kindOf } from './kinds';
import { isStructure, structureOf } from './structure';
import type { Field, FormDefinition, LayoutItem, SectionDefinition } from './types';

/** The fields inside one layout item, in print order. */
export function fieldsOfItem(item: LayoutItem): Field[] {
  return isStructure(item) ? structureOf(item).children(item).flatMap(fieldsOfItem) : [item];
}

/** The fields of a section, in print order. */
export function sectionFields(section: SectionDefinition): Field[] {
  return section.items.flatMap(fieldsOfItem);
}

/** Every field of the form that holds a value, cover first, in print order. */
export function formFields(def: FormDefinition): Field[] {
  return [...def.cover.fields.flatMap(fieldsOfItem), ...def.sections.flatMap(sectionFields)];
}

/** The field with this id, or an error naming the form version. */
export function fieldById(def: FormDefinition, id: string): Field {
  const field = formFields(def).find((f) => f.id === id);
  if (!field) throw new Error(`表单 ${def.id} 中没有字段 ${id}`);
  return field;
}

/** The printed texts of one layout item, in print order (labels, options, notes, headings, declarations). */
export function itemTexts(item: LayoutItem): string[] {
  return isStructure(item) ? structureOf(item).texts(item, itemTexts) : kindOf(item).texts(item);
}

/** Every printed text of the form in print order: cover, 填报说明, then the nine sections. */
export function formTexts(def: FormDefinition): string[] {
  return [
    def.cover.title,
    ...def.cover.fields.flatMap(itemTexts),
    def.cover.issuer,
    '填报说明',
    ...def.instructions,
    ...def.sections.flatMap((s) => [`${s.number}、${s.title}`, ...(s.note ? [s.note] : []), ...s.items.flatMap(itemTexts)]),
  ];
}

const _byConcept = new WeakMap<FormDefinition, Map<Concept, Field>>();

/** The field of this form version that carries the concept (its meaning across versions), if it has one. */
export function fieldOfConcept(def: FormDefinition, concept: Concept): Field | undefined {
  let map = _byConcept.get(def);
  if (!map) {
    map = new Map(formFields(def).flatMap((f) => (f.concept ? [[f.concept, f] as const] : [])));
    _byConcept.set(def, map);
  }
  return map.get(concept);
}

/** The 集群名称 the values hold, found by the field's concept (never its id), trimmed; '' when none. */
export function clusterNameIn(def: FormDefinition, values: FormValues | null | undefined): string {
  const field = fieldOfConcept(def, 'clusterName');
  const value = field ? values?.[field.id] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}
