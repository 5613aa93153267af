// Walking a form definition in print order: its fields, its printed texts, a field by id.
import { standardCategories, standardRoles } from './types';
import type { Field, FormDefinition, LayoutItem, SectionDefinition } from './types';

/** The fields inside one layout item, in print order. */
export function fieldsOfItem(item: LayoutItem): Field[] {
  switch (item.kind) {
    case 'group':
    case 'row':
    case 'yearTable':
      return item.items.flatMap(fieldsOfItem);
    case 'planHeading':
      return item.text ? [item.text] : [];
    case 'mirror':
    case 'signatureBlock':
      return [];
    default:
      return [item];
  }
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
  switch (item.kind) {
    case 'group':
      return [item.label, ...(item.note ? [item.note] : []), ...item.items.flatMap(itemTexts), ...(item.footnote ? [item.footnote] : [])];
    case 'row':
      return item.label ? [item.label] : item.items.flatMap(itemTexts);
    case 'yearTable':
      return [item.header, ...item.items.flatMap(itemTexts)];
    case 'mirror':
      return [item.label, ...(item.hint ? [item.hint] : [])];
    case 'planHeading':
      return [item.number + item.title, ...(item.description ? [item.description] : [])];
    case 'signatureBlock':
      return [item.title, ...(item.text ? [item.text] : []), ...item.signatureLines, item.dateLine];
    default:
      return fieldTexts(item);
  }
}

function fieldTexts(field: Field): string[] {
  const note = field.note ? [field.note] : [];
  switch (field.kind) {
    case 'text':
      return [field.label, ...(field.hint ? [field.hint] : [])];
    case 'choice':
      return [field.label, ...field.options.map((o) => o.label), ...note];
    case 'ticks':
      return [..._tickHeading(field.label, field.intro), ...field.options.map((o) => o.label), ...note];
    case 'region':
      return [field.label, ...field.parts.map((p) => p.label)];
    case 'planText':
      return [];
    case 'standards':
      return [field.label, '类别', ...standardRoles.map((r) => r.label), ...standardCategories.map((c) => c.label)];
    case 'targets':
      return [
        ...field.columns,
        ...field.directions.flatMap((d) => [d.direction, ...d.indicators.map((i) => i.label)]),
        field.requirementsIntro,
        ...field.requirements.map((r) => r.text),
      ];
    default:
      return [field.label, ...note];
  }
}

/** Hint: where the intro line repeats the label (「…推广工作：」), the form prints it once. */
function _tickHeading(label: string, intro: string | undefined): string[] {
  if (!intro) return [label];
  return intro.replace(/：$/, '') === label ? [intro] : [label, intro];
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
