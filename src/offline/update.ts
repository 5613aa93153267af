// A new version of the app is applied only when every open page of it is saved and idle: the page where the
// official chose 「保存后刷新」 asks the others (BroadcastChannel), each answers at once and again once its draft
// is saved and nobody has typed in it for a moment; each page then reloads only when it is saved and idle too.
// Hint: issue 16 — a page reloaded under the typing when another tab applied the update; 17 keystrokes were lost.
import { runBeforeUpdate } from './beforeUpdate';
import { lastInputAt, whenIdle } from './typing';

const CHANNEL = 'jiqun-shenbao:update';
/** No key for this long counts as idle. */
export const IDLE_MS = 1500;
/** Pages that do not answer within this long are frozen or gone (they saved when hidden). */
const ANSWER_MS = 1000;

type UpdateMessage = { type: 'request' | 'ack' | 'ready' | 'gone'; request?: string; page?: string };
const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Saved, and no typing for IDLE_MS (saving again if a key came meanwhile). */
export async function savedAndIdle(): Promise<void> {
  for (;;) {
    await runBeforeUpdate();
    if (Date.now() - lastInputAt() >= IDLE_MS) return;
    await whenIdle(IDLE_MS);
  }
}

/** Every page: answer other pages' update requests. Returns the function that stops answering. */
export function answerUpdateRequests(): () => void {
  // Hint: typing is followed from the page's start, not only once a request comes (the keys before it count).
  lastInputAt();
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<UpdateMessage>) => {
    const request = event.data?.type === 'request' ? event.data.request : undefined;
    if (!request) return;
    channel.postMessage({ type: 'ack', request, page: pageId });
    void savedAndIdle().then(() => channel.postMessage({ type: 'ready', request, page: pageId }));
  };
  const gone = () => channel.postMessage({ type: 'gone', page: pageId });
  addEventListener('pagehide', gone);
  return () => (removeEventListener('pagehide', gone), channel.close());
}

/** The page applying the update: resolves once it and every other page answering are saved and idle. */
export async function agreeOnUpdate(onWaiting: (pages: number) => void): Promise<void> {
  const own = savedAndIdle();
  if (typeof BroadcastChannel === 'undefined') return own;
  const channel = new BroadcastChannel(CHANNEL);
  const request = `${pageId}:${Date.now()}`;
  const busy = new Set<string>();
  const done = new Set<string>();
  let answered = false;
  const settled = new Promise<void>((resolve) => {
    const check = () => answered && [...busy].every((p) => done.has(p)) && resolve();
    channel.onmessage = ({ data }: MessageEvent<UpdateMessage>) => {
      if (data?.type === 'gone' && data.page) done.add(data.page);
      else if (data?.request !== request || !data.page) return;
      else if (data.type === 'ack') busy.add(data.page);
      else if (data.type === 'ready') done.add(data.page);
      onWaiting([...busy].filter((p) => !done.has(p)).length);
      check();
    };
    setTimeout(() => ((answered = true), check()), ANSWER_MS);
  });
  channel.postMessage({ type: 'request', request });
  await Promise.all([own, settled]);
  channel.close();
}
