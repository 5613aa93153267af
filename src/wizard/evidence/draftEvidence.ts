// The draft's 佐证材料 items as the page, the task list and the volume see them: the notice's list, the form's items
// and the qualitative criteria declared met (认定标准自查), in one numbering.
import { evidenceSections, type EvidenceSection } from '../../evidence';
import { eligibilityReport } from '../../rules';
import type { Editor } from '../store';

/** The draft's evidence sections as they are now (reads the editor's signals: call inside a computed). */
export function draftEvidence(store: Editor): EvidenceSection[] {
  const values = store.values();
  const declared = eligibilityReport(store.ctx, values, store.declared.value)
    .filter((r) => r.verdict === 'declared')
    .map(({ id, title, clause, source }) => ({ id, title, clause, source }));
  return evidenceSections({ form: store.ctx.form, values, checklist: store.ctx.notice.evidenceChecklist, declared });
}
