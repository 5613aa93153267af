// 「下载空白表格 PDF」 on the start page: the notice's form, unfilled, for officials who want to see or hand-fill it.
import { PdfActions } from '../PdfActions';

export function BlankPdf({ noticeId }: { noticeId: string }) {
  return <PdfActions noticeId={noticeId} values={() => null} blank />;
}
