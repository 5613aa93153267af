// The button (or link) that produces each kind of deliverable on the 「报送」 page: the 申报表 PDF (the form's PDF
// actions) and Word file, this cluster's 推荐汇总表, the 电子版光盘 zip, the 一企一表 tables, the 佐证材料清单.
import type { DeliveryProduct } from '../../forms/notices';
import type { DraftStore } from '../../storage';
import { summaryIssues } from '../../submission/summaryIssues';
import { summaryRowOf } from '../../submission/summaryRow';
import { PdfActions } from '../PdfActions';
import { routeHref } from '../route';
import { ENTERPRISES_STEP, EVIDENCE_STEP } from '../steps';
import type { Editor } from '../store';
import { FileButton } from './FileButton';
import { downloadCdFolder, downloadFormDocx } from './files';
import { SUMMARY_STEP } from './steps';
import { SummaryTableActions } from './SummaryTableActions';

type P = { store: Editor; drafts: DraftStore };

function CdButton({ store, drafts }: P) {
  return (
    <FileButton
      label="生成电子版光盘文件夹（.zip）"
      run={async (progress) => {
        const folder = await downloadCdFolder(store, drafts, (part, i, n) => progress(`正在生成：${part.title}（${i + 1}/${n}）…`));
        return `已生成“${folder.fileName}”（${Math.round(folder.zip.length / 1024)} KB，${folder.paths.length} 个文件）。解压后刻录到光盘；文件夹中的“00-目录.txt”列出全部文件。`;
      }}
    />
  );
}

function OwnRow({ store }: P) {
  const row = () => summaryRowOf(store.ctx, store.values(), store.submission.peek());
  return (
    <>
      <p>
        本集群的一行（<a href={routeHref({ draftId: store.draft.id, step: SUMMARY_STEP })}>在“推荐汇总表”页填写</a>），供推荐单位汇总：
      </p>
      <SummaryTableActions
        notice={store.ctx.notice}
        rows={() => [row()]}
        heading={() => ({})}
        issues={() => [{ cluster: row().clusterName || '本集群', issues: summaryIssues(store.ctx.notice, row()) }]}
        fileBase={`${row().clusterName || '本集群'}-推荐汇总表`}
      />
    </>
  );
}

const link = (store: Editor, step: string, text: string) => (
  <p>
    <a href={routeHref({ draftId: store.draft.id, step })}>{text}</a>
  </p>
);

export const productViews: { readonly [K in DeliveryProduct]: (p: P) => preact.JSX.Element } = {
  formPdf: ({ store }) => <PdfActions noticeId={store.ctx.notice.id} values={() => store.values()} title={store.draft['title'] as string | undefined} />,
  formDocx: ({ store }) => <FileButton label="下载申报表 Word/WPS 文件（.docx，可编辑）" run={async () => `已生成“${await downloadFormDocx(store)}”。`} />,
  summaryTable: OwnRow,
  cdZip: CdButton,
  enterpriseTables: ({ store }) => link(store, ENTERPRISES_STEP, '在“一企一表”页下载企业发展情况表及其统计汇总表'),
  evidenceList: ({ store }) => link(store, EVIDENCE_STEP, '打开佐证材料清单，按清单准备材料'),
};
