// The enterprise list (the draft's 一企一表): its problems with a 「修改」 for each, the rows a page at a time with
// 修改 and 删除 (undoable), and adding an enterprise by hand.
import { useComputed } from '@preact/signals';
import { useState } from 'preact/hooks';
import type { EnterpriseTable } from '../../forms/enterpriseTable';
import type { EnterpriseRow } from '../../forms/enterpriseValues';
import { newRowId } from '../../enterprises/ids';
import { listProblems, rowPlace } from '../../enterprises/listProblems';
import { leafText } from '../../enterprises/rowValues';
import type { Editor } from '../store';
import { EnterpriseEditor } from './EnterpriseEditor';
import { ListProblems } from './ListProblems';

const PAGE = 50;

type Editing = { row: EnterpriseRow; index: number } | null;

export function EnterpriseList({ store, table }: { store: Editor; table: EnterpriseTable }) {
  const rows = store.enterprises.value;
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [removed, setRemoved] = useState<{ rows: readonly EnterpriseRow[]; text: string } | null>(null);
  const problems = useComputed(() => listProblems(store.enterprises.value, table));
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice(page * PAGE, page * PAGE + PAGE);
  const edit = (index: number) => setEditing({ row: rows[index]!, index });
  const save = (row: EnterpriseRow) => {
    const list = [...store.enterprises.peek()];
    const at = list.findIndex((r) => r.id === row.id);
    if (at >= 0) list[at] = row;
    else list.push({ ...row, source: row.source ?? '手工填写' });
    store.setEnterprises(list);
    setEditing(null);
  };
  const remove = (index: number) => {
    const before = store.enterprises.peek();
    setRemoved({ rows: before, text: `已删除${rowPlace(before[index]!, index)}。` });
    store.setEnterprises(before.filter((_, i) => i !== index));
  };
  return (
    <section class="enterprise-list" aria-labelledby="list-title">
      <h2 id="list-title">企业名单（共 {rows.length} 家）</h2>
      <ListProblems problems={problems.value} onEdit={(i) => edit(i)} />
      {removed && (
        <p role="status">
          {removed.text}{' '}
          <button type="button" class="link-button" onClick={() => (store.setEnterprises(removed.rows), setRemoved(null))}>
            撤销删除
          </button>
        </p>
      )}
      {editing ? (
        <EnterpriseEditor table={table} row={editing.row} title={editing.index < rows.length ? rowPlace(editing.row, editing.index) : '新增企业'} onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <button type="button" class="secondary-button" onClick={() => setEditing({ row: { id: newRowId() }, index: rows.length })}>
          添加一家企业
        </button>
      )}
      {rows.length > 0 && <ListTable table={table} rows={shown} offset={page * PAGE} onEdit={edit} onRemove={remove} />}
      {pages > 1 && (
        <nav class="list-pages" aria-label="企业名单分页">
          {Array.from({ length: pages }, (_, p) => (
            <button type="button" class="link-button" aria-current={p === page ? 'page' : undefined} onClick={() => setPage(p)}>
              第 {p * PAGE + 1}–{Math.min(rows.length, (p + 1) * PAGE)} 家
            </button>
          ))}
        </nav>
      )}
    </section>
  );
}

interface TableProps {
  table: EnterpriseTable;
  rows: readonly EnterpriseRow[];
  offset: number;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

function ListTable({ table, rows, offset, onEdit, onRemove }: TableProps) {
  return (
    <div class="table-scroll">
      <table class="enterprise-table">
        <caption class="visually-hidden">企业名单，第 {offset + 1} 至 {offset + rows.length} 家</caption>
        <thead>
          <tr>
            <th scope="col">序号</th>
            {table.leaves.map((l) => (
              <th scope="col" class={`col-${l.column.key}`}>
                {l.label}
              </th>
            ))}
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.id}>
              <td>{offset + i + 1}</td>
              {table.leaves.map((l) => (
                <td class={`col-${l.column.key} ${l.column.kind === 'text' ? '' : 'number'}`}>{leafText(row, l) ?? ''}</td>
              ))}
              <td class="row-actions">
                <button type="button" class="link-button" aria-label={`修改 ${rowPlace(row, offset + i)}`} onClick={() => onEdit(offset + i)}>
                  修改
                </button>
                <button type="button" class="link-button" aria-label={`删除 ${rowPlace(row, offset + i)}`} onClick={() => onRemove(offset + i)}>
                  删除
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
