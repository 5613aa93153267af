// The file name and document title of a generated PDF: 「{集群名称}-中小企业特色产业集群申报表.pdf」, marked 草稿 when
// written with open problems. No internal ids: the official files it, mails it and burns it to CD as it is named.
import type { FormValues } from '../forms/fieldValues';
import type { FormDefinition } from '../forms/types';
import { clusterNameIn } from '../forms/walk';

/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;

/** What marks a PDF written while the draft still has open problems (on every page, in its name and title). */
export const DRAFT_MARK = '草稿（未完成）';

/** What a PDF is named after: the cluster's name, else the draft's title, else a placeholder. */
export interface DocumentNaming {
  readonly clusterName: string;
  /** The draft's own name, used when the 集群名称 is empty. */
  readonly title?: string;
  /** The form's title (「中小企业特色产业集群申报表」). */
  readonly formTitle: string;
  /** The form version's name (「工业和信息化部 2024 年版」), which tells one blank form from another. */
  readonly versionName: string;
  readonly blank: boolean;
  readonly draft: boolean;
}

/** The name the PDF is known by: the cluster's name, else the draft's title, else a placeholder. */
export function documentName(n: Pick<DocumentNaming, 'clusterName' | 'title' | 'blank' | 'versionName'>): string {
  const name = n.clusterName.trim() || n.title?.trim() || '';
  return name || (n.blank ? `空白表（${n.versionName}）` : '未命名集群');
}

const _safe = (s: string) => s.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim();

/** `{name}-{formTitle}.pdf`, 「（草稿）」 before the extension for a draft; unsafe characters replaced, length kept sane. */
export function pdfFileName(n: DocumentNaming): string {
  const mark = n.draft ? '（草稿）' : '';
  return `${_safe(documentName(n)).slice(0, 80)}-${_safe(n.formTitle)}${mark}.pdf`;
}

/** The PDF's title metadata: the form's title and the cluster (「中小企业特色产业集群申报表（XX产业）」), draft marked. */
export function documentTitle(n: Pick<DocumentNaming, 'clusterName' | 'formTitle' | 'draft'>): string {
  const name = n.clusterName.trim();
  const title = name ? `${n.formTitle}（${name}）` : n.formTitle;
  return n.draft ? `${title} ${DRAFT_MARK}` : title;
}

/** The naming facts of a form and a draft's values (null: the blank form). */
export function namingOf(form: FormDefinition, values: FormValues | null, title: string | undefined, draft: boolean): DocumentNaming {
  return { clusterName: clusterNameIn(form, values), title, formTitle: form.cover.title, versionName: form.name, blank: values === null, draft };
}
