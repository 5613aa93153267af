// Every 佐证材料 item of a draft as one list, in the checklist's order: the notice's own numbered list where it has
// one (Guangdong 附件2), then what the form's answers call for, section by section, then the qualitative criteria
// declared met. Each item has a stable `key` (files and marks are kept under it) and one continuous number 1…N.
import type { EvidenceChecklist } from '../forms/checklists/types';
import type { FormValues } from '../forms/fieldValues';
import type { FormDefinition } from '../forms/types';
import { checklistEntries, type ChecklistEntry } from './checklist';
import { evidenceList, type EvidenceItem } from './evidenceList';

/** A qualitative criterion the official declared met (认定标准自查), which 须有佐证材料支持. */
export interface DeclaredCriterion {
  readonly id: string;
  readonly title: string;
  readonly clause: string;
  readonly source: string;
}

/** Where an item comes from: the notice's list, the form's answers, or a declared criterion. */
export type EvidenceOrigin =
  | { readonly kind: 'list'; readonly entry: ChecklistEntry }
  | { readonly kind: 'form'; readonly item: EvidenceItem }
  | { readonly kind: 'criterion'; readonly criterion: DeclaredCriterion };

export interface EvidenceEntry {
  /** Stable while the official types: `list:{n}`, `{fieldId}`, `{fieldId}:{option}`, `criterion:{id}`. */
  readonly key: string;
  /** The continuous number (附件{number}), 1…N across sections. */
  readonly number: number;
  /** The item's text as the checklist prints it. */
  readonly title: string;
  readonly origin: EvidenceOrigin;
}

export interface EvidenceSection {
  /** Stable: `list:{i}`, the form section's id, or `criteria`. */
  readonly key: string;
  readonly heading: string;
  readonly items: readonly EvidenceEntry[];
}

export interface EvidenceSources {
  readonly form: FormDefinition;
  readonly values: FormValues;
  readonly checklist?: EvidenceChecklist;
  readonly declared?: readonly DeclaredCriterion[];
}

type Unnumbered = Omit<EvidenceEntry, 'number'>;
type Draft = { key: string; heading: string; items: Unnumbered[] };

function _listSections({ checklist, form, values }: EvidenceSources): Draft[] {
  if (!checklist) return [];
  const entries = checklistEntries(checklist, form, values);
  return checklist.sections.map((s, i) => ({
    key: `list:${i}`,
    heading: s.heading,
    items: entries.filter((e) => e.heading === s.heading).map((entry) => ({ key: `list:${entry.number}`, title: entry.text, origin: { kind: 'list', entry } })),
  }));
}

function _formSections({ form, values }: EvidenceSources): Draft[] {
  const items = evidenceList(form, values);
  return form.sections.map((s) => ({
    key: s.id,
    heading: `${s.number}、${s.title}`,
    items: items
      .filter((i) => i.sectionId === s.id)
      .map((item) => ({ key: item.key, title: `${item.label}：${item.answer}（${item.demand}）`, origin: { kind: 'form', item } })),
  }));
}

function _criteriaSection({ declared = [] }: EvidenceSources): Draft[] {
  const items = declared.map((criterion): Unnumbered => ({ key: `criterion:${criterion.id}`, title: `${criterion.title}：${criterion.clause}`, origin: { kind: 'criterion', criterion } }));
  return [{ key: 'criteria', heading: '已自评符合的定性条件（须有佐证材料支持）', items }];
}

/** The draft's evidence items by section, numbered 1…N straight through; sections without items left out. */
export function evidenceSections(sources: EvidenceSources): EvidenceSection[] {
  let number = 0;
  const seen = new Set<string>();
  return [..._listSections(sources), ..._formSections(sources), ..._criteriaSection(sources)]
    .map((s) => ({
      key: s.key,
      heading: s.heading,
      // Hint: a key met twice would share its files; the first place keeps it.
      items: s.items.filter((i) => !seen.has(i.key) && seen.add(i.key)).map((i) => ({ ...i, number: ++number })),
    }))
    .filter((s) => s.items.length > 0);
}

/** Every item of the sections, in order. */
export const evidenceItems = (sections: readonly EvidenceSection[]): EvidenceEntry[] => sections.flatMap((s) => s.items);
