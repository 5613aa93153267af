// 「按此通知开始填写」: create a draft for the notice (with the province it starts from) and open its cover page.
import { useState } from 'preact/hooks';
import { noticeById } from '../../forms';
import { formById } from '../../forms/registry';
import { startingValues } from '../../forms/start';
import { draftStore } from '../persistence';
import { routeHref } from '../route';

interface Props {
  noticeId: string;
  fillPath: string;
  /** The province the draft's 所属地区 starts with; a notice open to every province asks for it first. */
  province?: string;
  /** Why the draft cannot start yet (「请先选择所在省（区、市）」), shown instead of starting. */
  blocked?: string;
}

export function StartButton({ noticeId, fillPath, province, blocked }: Props) {
  const notice = noticeById(noticeId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const start = async () => {
    if (blocked) return setError(blocked);
    setBusy(true);
    try {
      const { store } = await draftStore();
      const values = startingValues(formById(notice.formVersion), province);
      const { draft } = await store.createDraft(noticeId, undefined, values);
      location.href = fillPath + routeHref({ draftId: draft.id, step: 'cover' });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="primary-button" aria-label={`按此通知开始填写：${notice.documentNumber}`} disabled={busy} onClick={start}>
        按此通知开始填写
      </button>
      {error && (
        <p class="error-message" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
