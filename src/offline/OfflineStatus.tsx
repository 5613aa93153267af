// Offline readiness and updates: registers the service worker, says 「已可离线使用」 once everything is cached,
// and offers 「有新版本，保存后刷新」 instead of reloading under the user's typing.
import { useEffect, useState } from 'preact/hooks';
import { Workbox } from 'workbox-window';
import { runBeforeUpdate } from './beforeUpdate';
import { offlineAllowed } from './clearAll';

type State = 'idle' | 'installing' | 'ready' | 'update' | 'unsupported';

export function OfflineStatus({ base }: { base: string }) {
  const [state, setState] = useState<State>('idle');
  const [wb, setWb] = useState<Workbox | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return setState('unsupported');
    const w = new Workbox(`${base}sw.js`, { scope: base });
    w.addEventListener('waiting', () => setState('update'));
    w.addEventListener('controlling', (e) => e.isUpdate && location.reload());
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
            await runBeforeUpdate();
            wb?.messageSkipWaiting();
          }}
        >
          保存后刷新
        </button>
      </div>
    );
  const text = { idle: '', unsupported: '', installing: '正在准备离线使用…', ready: '已可离线使用' }[state];
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
