// The 统计汇总 on the page: for each column, by year, the total, how many enterprises reported it and the change
// on the year before; the downloads of the 统计汇总表 beside it.
import type { EnterpriseTotals, LeafTotal } from '../../enterprises/totals';
import { enterpriseColumns } from '../../forms/enterpriseTable';

const fmt = (t: LeafTotal) => (t.sum === null ? '—' : t.leaf.column.kind === 'count' ? String(Math.round(t.sum)) : t.sum.toFixed(2));

function _cells(totals: EnterpriseTotals, key: string, value: (t: LeafTotal) => string) {
  return totals.table.years.map((y) => {
    const t = totals.leaves.find((l) => l.leaf.column.key === key && l.leaf.year === y);
    return <td class="number">{t ? value(t) : ''}</td>;
  });
}

export function TotalsView({ totals }: { totals: EnterpriseTotals }) {
  const figures = enterpriseColumns.filter((c) => c.kind !== 'text');
  return (
    <div class="table-scroll">
      <table class="totals-table">
        <caption>统计汇总（{totals.enterprises} 家企业）</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            {totals.table.years.map((y) => (
              <th scope="col">{y}年</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figures.flatMap((c) => {
            const group = totals.leaves.find((t) => t.leaf.column === c)!.leaf.group;
            return [
              <tr>
                <th scope="row">{group}合计</th>
                {_cells(totals, c.key, fmt)}
              </tr>,
              <tr>
                <th scope="row">{group}：填报企业数</th>
                {_cells(totals, c.key, (t) => String(t.reported))}
              </tr>,
              <tr>
                <th scope="row">{group}：比上年增长（%）</th>
                {_cells(totals, c.key, (t) => (t.growth === null ? '—' : t.growth.toFixed(2)))}
              </tr>,
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
