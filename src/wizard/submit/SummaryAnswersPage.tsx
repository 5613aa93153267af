// 推荐汇总表: this cluster's row of the notice's table. 集群名称, 运营管理机构 and 所在地 are shown as the cover gives
// them (with 「修改」 links); 主导产业, 集群成立时间 and 集群简介 are answered here and kept in the draft. What would keep
// the row from being printed (an empty column, a 简介 over the limit, a 【待补充】) is listed under it.
import { useComputed } from '@preact/signals';
import { fieldOfConcept } from '../../forms/walk';
import { columnName, summaryIssues } from '../../submission/summaryIssues';
import { summaryRowOf } from '../../submission/summaryRow';
import { routeHref } from '../route';
import type { Editor } from '../store';
import { AnswerInput } from './AnswerInput';
import { IntroField } from './IntroField';

function CoverRow({ store, label, value, concept }: { store: Editor; label: string; value: string; concept: 'clusterName' | 'operator' | 'region' }) {
  const field = fieldOfConcept(store.ctx.form, concept);
  return (
    <div class={value ? '' : 'missing'}>
      <dt>{label}</dt>
      <dd class="value">{value || <span class="missing-text">封面未填写</span>}</dd>
      <dd class="action">
        <a aria-label={`修改 ${label}`} href={routeHref({ draftId: store.draft.id, step: 'cover', ...(field ? { focus: field.id } : {}) })}>
          修改
        </a>
      </dd>
    </div>
  );
}

export function SummaryAnswersPage({ store, cityPage }: { store: Editor; cityPage: string }) {
  const { notice } = store.ctx;
  const table = notice.summaryTable;
  const row = useComputed(() => {
    void store.revision.value;
    return summaryRowOf(store.ctx, store.values(), store.submission.value);
  });
  const issues = summaryIssues(notice, row.value);
  const label = (source: 'leadingIndustry' | 'foundedIn' | 'intro') => table.columns.find((c) => c.source === source)!.label;
  return (
    <article class="summary-answers" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        推荐汇总表
      </h1>
      <p>
        《{table.title}》（{notice.documentNumber}
        {table.attachment}）由推荐单位汇总各集群后盖章报送。这里填写本集群在表中的一行；集群名称、运营管理机构和所在地取自封面。
      </p>
      <dl class="cover-facts">
        <CoverRow store={store} label={columnName(notice, 'clusterName')} value={row.value.clusterName} concept="clusterName" />
        <CoverRow store={store} label={columnName(notice, 'operator')} value={row.value.operator} concept="operator" />
        <CoverRow store={store} label={columnName(notice, 'location')} value={row.value.location} concept="region" />
      </dl>
      <AnswerInput store={store} answer="leadingIndustry" label={label('leadingIndustry')} hint="填写集群的主导产业，如“非织造布”“汽车零部件”。" />
      <AnswerInput store={store} answer="foundedIn" label={label('foundedIn')} hint="通知未规定格式，可写“2009年”或“2009年3月”。" />
      <IntroField store={store} label={label('intro')} />
      <section aria-labelledby="row-check">
        <h2 id="row-check">本集群这一行</h2>
        {issues.length === 0 ? (
          <p>各栏都已填写，简介没有超出 {notice.summaryLimit} 字。</p>
        ) : (
          <ul class="row-issues">
            {issues.map((i) => (
              <li class="warning-message">{i.message}</li>
            ))}
          </ul>
        )}
        <p>
          推荐单位汇总多个集群时，可在<a href={cityPage}>“推荐汇总表（市级汇总）”页面</a>导入各县的草稿文件，排序后生成盖章用的汇总表。
        </p>
      </section>
    </article>
  );
}
