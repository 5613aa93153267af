// Offline readiness and updates: registers the service worker, says 「已可离线使用」 once everything is cached,
// and offers 「有新版本，保存后刷新」; the new version waits until every page is saved and idle (update.ts), and
// no page reloads while its user is typing.
import { useEffect, useState } from 'preact/hooks';
import { Workbox } from 'workbox-window';
import { offlineAllowed } from './clearAll';
import { agreeOnUpdate, answerUpdateRequests, savedAndIdle } from './update';

type State = 'idle' | 'installing' | 'ready' | 'update' | 'waiting' | 'reloading' | 'unsupported';

export function OfflineStatus({ base }: { base: string }) {
  const [state, setState] = useState<State>('idle');
  const [busy, setBusy] = useState(0);
  const [wb, setWb] = useState<Workbox | null>(null);
  useEffect(() => answerUpdateRequests(), []);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return setState('unsupported');
    const w = new Workbox(`${base}sw.js`, { scope: base });
    w.addEventListener('waiting', () => setState((s) => (s === 'waiting' ? s : 'update')));
    // Hint: every page of the app is taken over by the new version at once; each reloads when saved and idle.
    w.addEventListener('controlling', (e) => {
      if (!e.isUpdate) return;
      setState('reloading');
      void savedAndIdle().then(() => location.reload());
    });
    setState('installing');
    setWb(w);
    void _pageLoaded().then(async () => {
      // Hint: registering waits for the load event; the user may have cleared all local data by then.
      if (!offlineAllowed()) return setState('unsupported');
      await w.register({ immediate: true });
      await navigator.serviceWorker.ready;
      setState((s) => (s === 'update' ? s : 'ready'));
    });
  }, [base]);
  if (state === 'update')
    return (
      <div class="offline-status update" role="status">
        有新版本。
        <button
          type="button"
          class="link-button"
          onClick={async () => {
            setState('waiting');
            await agreeOnUpdate(setBusy);
            wb?.messageSkipWaiting();
          }}
        >
          保存后刷新
        </button>
      </div>
    );
  const text = {
    idle: '',
    unsupported: '',
    installing: '正在准备离线使用…',
    ready: '已可离线使用',
    waiting: busy > 0 ? `正在等待其他 ${busy} 个标签页保存并停止输入，然后启用新版本…` : '正在保存，然后启用新版本…',
    reloading: '新版本已启用：停止输入片刻后，本页将保存并自动刷新。',
  }[state];
  return (
    <div class="offline-status" role="status">
      {text}
    </div>
  );
}

/** Registration waits for the load event so precaching does not compete with the page's own loading. */
function _pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((ok) => addEventListener('load', () => ok(), { once: true }));
}
