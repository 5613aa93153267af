// News of draft changes for every open page of the app: this tab's listeners and, through a BroadcastChannel,
// the other tabs' (a drafts list stays current; a read-only tab shows the editor's saves).

/** A change to one draft. */
export type DraftChange =
  | { readonly type: 'saved'; readonly id: string; readonly revision: number }
  | { readonly type: 'labels'; readonly id: string }
  | { readonly type: 'deleted'; readonly id: string }
  /** 「清除本机全部数据」: every draft is gone. */
  | { readonly type: 'cleared' }
  /** A tab typing in draft `id` kept another page's save of it apart, as the copy `name` (follow.ts). */
  | { readonly type: 'kept-apart'; readonly id: string; readonly name: string };

/** Where a change was made: in this page, or in another tab of the app. */
export type ChangeOrigin = 'this-page' | 'other-page';

/** The part of BroadcastChannel used here, so tests can inject another. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

export interface ChangeFeed {
  /** Tell this tab's listeners and the other tabs. */
  publish(change: DraftChange): void;
  /** Listen to changes from this tab and the others; returns the unsubscribe function. */
  subscribe(listener: (change: DraftChange, origin: ChangeOrigin) => void): () => void;
  close(): void;
}

/** Name of the channel; one per origin, shared by every page of the app. */
export const CHANGES_CHANNEL = 'jiqun-shenbao:drafts';

/** A BroadcastChannel of this name, or none where the browser has no BroadcastChannel. */
export function openChannel(name: string): ChannelLike | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name);
}

/** A change feed over `channel` (default: the app's BroadcastChannel; without one, this tab only). */
export function createChangeFeed(channel: ChannelLike | undefined = openChannel(CHANGES_CHANNEL)): ChangeFeed {
  const listeners = new Set<(change: DraftChange, origin: ChangeOrigin) => void>();
  const notify = (change: DraftChange, origin: ChangeOrigin) => listeners.forEach((listener) => listener(change, origin));
  channel?.addEventListener('message', (event) => {
    // Hint: the other tab may run another version of the app; act only on messages of a known shape.
    if (isDraftChange(event.data)) notify(event.data, 'other-page');
  });
  return {
    publish: (change) => {
      notify(change, 'this-page');
      channel?.postMessage(change);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel?.close();
    },
  };
}

/** Whether a message is a draft change this version understands. */
export function isDraftChange(data: unknown): data is DraftChange {
  if (typeof data !== 'object' || data === null) return false;
  const { type, id, revision } = data as Record<string, unknown>;
  if (type === 'cleared') return true;
  if (typeof id !== 'string') return false;
  if (type === 'kept-apart') return typeof (data as { name?: unknown }).name === 'string';
  return type === 'labels' || type === 'deleted' || (type === 'saved' && typeof revision === 'number');
}
