// Start page island: existing drafts on this computer, and starting a new application for a notice.
import { useEffect, useState } from 'preact/hooks';
import { notices, resolveNotice } from '../forms';
import { formFields } from '../forms/walk';
import { isFilled } from '../forms/filled';
import { createDraft, listDrafts } from './repository';
import type { EditableDraft } from './store';
import { routeHref } from './route';

function completeness(d: EditableDraft): number {
  const { form } = resolveNotice(d.noticeId);
  const fields = formFields(form).filter((f) => f.kind !== 'ticks');
  return fields.filter((f) => isFilled(f, d.values[f.id], form.years)).length / fields.length;
}

export function DraftList({ fillPath }: { fillPath: string }) {
  const [drafts, setDrafts] = useState<EditableDraft[] | null>(null);
  useEffect(() => {
    void listDrafts().then((list) => setDrafts(list.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))));
  }, []);
  if (drafts === null) return <p>正在读取本机草稿…</p>;
  if (!drafts.length) return <p>本机还没有草稿。请在下方选择申报通知，开始填写。</p>;
  return (
    <table class="drafts-table">
      <caption class="visually-hidden">本机草稿</caption>
      <thead>
        <tr>
          <th scope="col">集群名称</th>
          <th scope="col">申报通知</th>
          <th scope="col">最后修改</th>
          <th scope="col">完成度</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((d) => (
          <tr>
            <td>
              <a href={fillPath + routeHref({ draftId: d.id, step: 'cover' })}>{(d.values['clusterName'] as string | undefined) || '未命名的申报'}</a>
            </td>
            <td>{resolveNotice(d.noticeId).notice.documentNumber}</td>
            <td>{new Date(String(d.updatedAt)).toLocaleString('zh-CN')}</td>
            <td>{Math.round(completeness(d) * 100)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StartButton({ noticeId, fillPath }: { noticeId: string; fillPath: string }) {
  const notice = notices.find((n) => n.id === noticeId);
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      class="primary-button"
      aria-label={`按此通知开始填写：${notice?.documentNumber ?? noticeId}`}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        const d = await createDraft(noticeId);
        location.href = fillPath + routeHref({ draftId: d.id, step: 'cover' });
      }}
    >
      按此通知开始填写
    </button>
  );
}
