// The file name and document title of a generated PDF: 「{集群名称}-申报表-{noticeId}.pdf」.

/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F]+/g;

/** The name the PDF is known by: the cluster's name, else the draft's title, else a placeholder. */
export function documentName(clusterName: string, title: string | undefined, blank: boolean): string {
  const name = clusterName.trim() || title?.trim() || '';
  return name || (blank ? '空白表' : '未命名集群');
}

/** `{name}-申报表-{noticeId}.pdf`, with characters a file system refuses replaced and the length kept sane. */
export function pdfFileName(name: string, noticeId: string): string {
  const safe = name.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${safe}-申报表-${noticeId.replace(UNSAFE, '_')}.pdf`;
}

/** The PDF's title metadata: 集群名称 + 申报表, or the form's own title for a blank form. */
export function documentTitle(clusterName: string, formTitle: string): string {
  const name = clusterName.trim();
  return name ? `${name}申报表` : formTitle;
}
