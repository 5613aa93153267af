// The evidence list (佐证材料清单): what the form asks to be proven, and which of it a draft's answers call for.
export { demandIn, evidenceDuties } from './duties';
export type { DutyTrigger, EvidenceDuty } from './duties';
export { evidenceList } from './evidenceList';
export type { EvidenceItem } from './evidenceList';
export { checklistEntries } from './checklist';
export type { ChecklistEntry, ChecklistState } from './checklist';
export { evidenceItems, evidenceSections } from './items';
export type { DeclaredCriterion, EvidenceEntry, EvidenceOrigin, EvidenceSection, EvidenceSources } from './items';
export { countsText, itemStatus, sectionStatuses, statusCounts, statusText } from './status';
export type { ItemStatus, StatusCounts } from './status';
