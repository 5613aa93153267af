// 「按此通知开始填写」: create a draft for the notice and open its cover page.
import { useState } from 'preact/hooks';
import { notices } from '../../forms';
import { draftStore } from '../persistence';
import { routeHref } from '../route';

export function StartButton({ noticeId, fillPath }: { noticeId: string; fillPath: string }) {
  const notice = notices.find((n) => n.id === noticeId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        class="primary-button"
        aria-label={`按此通知开始填写：${notice?.documentNumber ?? noticeId}`}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const { store } = await draftStore();
            const { draft } = await store.createDraft(noticeId);
            location.href = fillPath + routeHref({ draftId: draft.id, step: 'cover' });
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
            setBusy(false);
          }
        }}
      >
        按此通知开始填写
      </button>
      {error && <p class="error-message">{error}</p>}
    </>
  );
}
