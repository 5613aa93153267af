// What the drafts list shows about one draft, computed when the draft is saved so that listing never reads
// whole drafts: name, notice, last change, completeness.
import type { AnyDraft } from '../forms/registry';
import { formById } from '../forms/registry';
import type { FormValues } from '../forms/fieldValues';
import { answeredShare, formProgress } from '../forms/progress';
import type { Field, FormDefinition } from '../forms/types';
import { formFields } from '../forms/walk';

/** The part of a list line that follows from the draft's content; stored beside the draft on every save. */
export interface ContentSummary {
  readonly id: string;
  readonly noticeId: string;
  readonly formVersion: string;
  /** Schema version of the stored draft; above DRAFT_SCHEMA_VERSION means a newer app wrote it. */
  readonly schemaVersion: number;
  /** The cover's 集群名称 as typed, or ''. */
  readonly clusterName: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * Share of the form's items answered, 0–1 (`answeredShare`, src/forms/progress.ts): the measure the task list and
   * 核对信息 count items left by, so 100 % means none is left there either.
   */
  readonly completeness: number;
  /** Raised by one on every save of the content; a save naming an older revision is refused (another tab saved). */
  readonly revision: number;
  /** Which page session wrote this revision ('' for imports, copies and older versions of the app). */
  readonly writer: string;
}

/** What the official sets about a draft outside its content; kept apart so renaming never conflicts with editing. */
export interface DraftLabels {
  /** The name given in the list (renameDraft); absent: the list shows the 集群名称. */
  readonly title?: string;
  /** When the draft was last exported to a file (ISO time). */
  readonly lastExportedAt?: string;
}

/** One line of the drafts list. */
export interface DraftSummary extends ContentSummary, DraftLabels {
  /** What the list shows: the title, else the 集群名称, else 「未命名草稿」 (「无法读取的草稿」 when unreadable). */
  readonly name: string;
  /**
   * `ok`: open and edit; `newer`: written by a newer app (or for a notice this version does not know), shown
   * read-only with 「请更新应用」; `unreadable`: listed as 「无法读取的草稿」. Either way it is listed and exported.
   */
  readonly readable: 'ok' | 'newer' | 'unreadable';
  /** Why the draft is not `ok` (Chinese). */
  readonly problem?: string;
  /** The id is not well-formed text (a lone surrogate), so no address can name it; 「修复编号」 gives it a new one. */
  readonly badId?: boolean;
}

interface FormFacts {
  readonly fields: readonly Field[];
  readonly clusterNameId: string | undefined;
}
const facts = new Map<string, FormFacts>();

function _factsOf(form: FormDefinition): FormFacts {
  let found = facts.get(form.id);
  if (!found) {
    const fields = formFields(form);
    found = { fields, clusterNameId: fields.find((f) => f.concept === 'clusterName')?.id };
    facts.set(form.id, found);
  }
  return found;
}

/** The 集群名称 a draft holds, found by concept rather than by field id, or ''. */
export function clusterNameOf(draft: AnyDraft): string {
  const id = _factsOf(formById(draft.formVersion)).clusterNameId;
  const value: unknown = id ? (draft.values as Record<string, unknown>)[id] : undefined;
  return typeof value === 'string' ? value.trim() : '';
}

/** The name a list shows for a draft. */
export function draftName(labels: DraftLabels, clusterName: string): string {
  return labels.title?.trim() || clusterName || '未命名草稿';
}

/** Share of the form's items answered, 0–1, as the task list and 核对信息 count them. */
export function completeness(draft: AnyDraft): number {
  return answeredShare(formProgress(formById(draft.formVersion), draft.values as FormValues, draft.progress?.finished ?? []));
}

/** The content summary of a draft at a revision. */
export function summarize(draft: AnyDraft, revision: number, writer = ''): ContentSummary {
  return {
    id: draft.id,
    noticeId: draft.noticeId,
    formVersion: draft.formVersion,
    schemaVersion: draft.version,
    clusterName: clusterNameOf(draft),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    completeness: completeness(draft),
    revision,
    writer,
  };
}
