// 一企一表: the enterprises' 企业发展情况表 (表1) collected into the draft — the template to send out, importing what
// comes back, the list with its problems, the 统计汇总 and its downloads, and the 申报表's figures against it.
import { useComputed } from '@preact/signals';
import { enterpriseTableOf } from '../../forms/enterpriseTable';
import { enterpriseOffers } from '../../enterprises/offers';
import { enterpriseTotals } from '../../enterprises/totals';
import type { Editor } from '../store';
import { DownloadButtons } from './DownloadButtons';
import { documentSource } from './downloads';
import { EnterpriseList } from './EnterpriseList';
import { FormCheck } from './FormCheck';
import { ImportPanel } from './ImportPanel';
import { TotalsView } from './TotalsView';

function Intro({ store }: { store: Editor }) {
  const table = enterpriseTableOf(store.ctx.form);
  const years = `${table.years[0]}—${table.years[table.years.length - 1]}年`;
  const guangdong = !!store.ctx.notice.evidenceChecklist;
  return (
    <p class="lead">
      {guangdong
        ? '通知附件2要求“提供集群内每个企业发展情况表（简称“一企一表”），由集群内每个企业填写并加盖企业公章（见表1）”，并“提供“一企一表”中每个企业发展情况表统计汇总表”。'
        : '本通知未要求报送企业发展情况表；按同一张表收集企业数据，可汇总核对申报表第二、三部分的数字。'}
      表中产值、研发投入、工业软件采购额、出口贸易额为 {years}，从业人员数、研发人员数为 {table.asOfYear} 年。
      把模板发给各企业，收回盖章的表后在此导入，数据只保存在本机。
    </p>
  );
}

export function EnterprisesPage({ store }: { store: Editor }) {
  const table = enterpriseTableOf(store.ctx.form);
  const totals = useComputed(() => enterpriseTotals(store.enterprises.value, table));
  const offers = useComputed(() => {
    void store.revision.value;
    return enterpriseOffers(store.ctx.form, store.values(), store.enterprises.value);
  });
  const source = () => documentSource(store);
  return (
    <article class="enterprises" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1}>
        一企一表（企业发展情况表）
      </h1>
      <Intro store={store} />
      <section aria-labelledby="template-title">
        <h2 id="template-title">下载表1模板</h2>
        <DownloadButtons kind="template" source={source} />
      </section>
      <ImportPanel store={store} table={table} />
      <EnterpriseList store={store} table={table} />
      {totals.value.enterprises > 0 && (
        <section aria-labelledby="totals-title">
          <h2 id="totals-title">统计汇总</h2>
          <TotalsView totals={totals.value} />
          <DownloadButtons kind="summary" source={source} />
        </section>
      )}
      <section aria-labelledby="check-title">
        <h2 id="check-title">与申报表核对</h2>
        <FormCheck offers={offers.value} store={store} />
      </section>
    </article>
  );
}
