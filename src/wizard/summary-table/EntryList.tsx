// The table's clusters in order: 序号, 集群名称, where each came from, what would print wrong, and buttons to move
// one up or down or take it out. Focus stays on the moved row's button, so a keyboard user can keep moving it.
import { useEffect, useRef } from 'preact/hooks';
import { summaryIssues } from '../../submission/summaryIssues';
import { resolveNotice } from '../../forms';
import { entryName, rowOf, type TableEntry } from './entries';

interface Props {
  entries: readonly TableEntry[];
  onMove: (index: number, delta: number) => void;
  onRemove: (index: number) => void;
}

export function EntryList({ entries, onMove, onRemove }: Props) {
  const focus = useRef<string | null>(null);
  useEffect(() => {
    if (focus.current) document.getElementById(focus.current)?.focus();
    focus.current = null;
  });
  const move = (i: number, delta: number, which: string) => {
    focus.current = `${which}-${entries[i]!.draft.id}`;
    onMove(i, delta);
  };
  return (
    <table class="entry-list">
      <caption class="visually-hidden">汇总表中的集群（按序号）</caption>
      <thead>
        <tr>
          <th scope="col">序号</th>
          <th scope="col">集群名称</th>
          <th scope="col">来源</th>
          <th scope="col">需注意</th>
          <th scope="col">调整</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => {
          const name = entryName(e);
          const issues = summaryIssues(resolveNotice(e.draft.noticeId).notice, rowOf(e));
          return (
            <tr key={e.draft.id}>
              <td>{i + 1}</td>
              <th scope="row">{name}</th>
              <td>{e.origin}</td>
              <td>{issues.length ? <span class="warning-message">{issues.map((x) => x.message).join('；')}</span> : '无'}</td>
              <td class="entry-actions">
                <button type="button" id={`up-${e.draft.id}`} class="link-button" disabled={i === 0} aria-label={`上移：${name}`} onClick={() => move(i, -1, 'up')}>
                  上移
                </button>
                <button type="button" id={`down-${e.draft.id}`} class="link-button" disabled={i === entries.length - 1} aria-label={`下移：${name}`} onClick={() => move(i, 1, 'down')}>
                  下移
                </button>
                <button type="button" class="link-button" aria-label={`移出：${name}`} onClick={() => onRemove(i)}>
                  移出
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
