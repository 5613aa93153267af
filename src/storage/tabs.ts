// One editor per draft across tabs: the first tab to open a draft edits it; the others show it read-only and
// follow its saves, and may take it over. Different drafts never wait for each other.
// Hint: a Web Lock per draft decides the editor (it is freed when a tab closes or crashes); a BroadcastChannel asks
// the editor to save and step back. The store's revision check stays as the last guard against lost updates.
import type { ChangeFeed, ChannelLike } from './changes';
import { openChannel } from './changes';

export type TabRole = 'editor' | 'viewer';

/**
 * `role`: this tab now edits or views; `updated`: another page saved the draft (the editor's saves for a viewer;
 * an import replacing it, even for the editor): reload to show it; `deleted`: the draft is gone (`cleared`: with
 * every other draft, by 「清除本机全部数据」).
 */
export type ClaimEvent =
  | { readonly type: 'role'; readonly role: TabRole }
  | { readonly type: 'updated'; readonly revision: number }
  | { readonly type: 'deleted'; readonly cleared?: boolean };

export interface DraftClaim {
  readonly role: TabRole;
  /** False where the browser has no Web Locks: this tab edits, and only the revision check protects other tabs. */
  readonly coordinated: boolean;
  onChange(listener: (event: ClaimEvent) => void): () => void;
  /** Become the editor: the editor saves and steps back; one that does not answer in time loses the lock anyway. */
  takeOver(): Promise<void>;
  /** Leave the draft (closing it, opening another); a waiting tab becomes the editor. */
  release(): void;
}

/** The part of the Web Locks API used here. */
export interface LockManagerLike {
  request(name: string, options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => unknown): Promise<unknown>;
}

export interface ClaimOptions {
  /** Saves pending changes (autosave.flush) before this tab hands the draft over. */
  readonly flush?: () => Promise<unknown>;
  /** The store's change feed, for `updated` and `deleted`. */
  readonly feed?: ChangeFeed;
  /** Default: navigator.locks; null: none (tests of the fallback). */
  readonly locks?: LockManagerLike | null;
  /** Default: a BroadcastChannel. */
  readonly channel?: ChannelLike;
  /** How long a take-over waits for the editor to step back before taking the lock; default 3000 ms. */
  readonly takeOverTimeoutMs?: number;
}

const TABS_CHANNEL = 'jiqun-shenbao:tabs';
const LOCK_PREFIX = 'jiqun-shenbao:draft:';

/** The drafts some tab of the app has open now (their editor locks), or undefined where the browser cannot say. */
export async function openDraftIds(
  locks: { query?(): Promise<{ held?: { name?: string }[] }> } | undefined = typeof navigator === 'undefined' ? undefined : navigator.locks,
): Promise<Set<string> | undefined> {
  if (!locks?.query) return undefined;
  try {
    const { held = [] } = await locks.query();
    return new Set(held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])));
  } catch {
    return undefined;
  }
}

/** Claim a draft for this tab: editor if no other tab edits it, else viewer. */
export async function claimDraft(id: string, options: ClaimOptions = {}): Promise<DraftClaim> {
  const locks = options.locks === undefined ? _navigatorLocks() : options.locks;
  const claim = new _Claim(id, locks, options);
  await claim.start();
  return claim;
}

function _navigatorLocks(): LockManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

class _Claim implements DraftClaim {
  role: TabRole = 'viewer';
  readonly coordinated: boolean;
  private readonly listeners = new Set<(event: ClaimEvent) => void>();
  private readonly lockName: string;
  private readonly channel: ChannelLike | undefined;
  private readonly cleanup: (() => void)[] = [];
  private hold: (() => void) | undefined;
  private waiting: AbortController | undefined;
  private released = false;

  constructor(
    private readonly id: string,
    private readonly locks: LockManagerLike | null,
    private readonly options: ClaimOptions,
  ) {
    this.coordinated = locks !== null;
    this.lockName = LOCK_PREFIX + id;
    this.channel = locks ? (options.channel ?? openChannel(TABS_CHANNEL)) : undefined;
    this.channel?.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown; id?: unknown } | null;
      if (data?.type === 'take-over' && data.id === id) void this.stepBack();
    });
    const unsubscribe = options.feed?.subscribe((change, origin) => {
      if (change.type === 'cleared') return this.emit({ type: 'deleted', cleared: true });
      if (change.id !== id) return;
      if (change.type === 'deleted') this.emit({ type: 'deleted' });
      // Hint: an editor's own saves come from this page; one from another page replaced what the editor shows.
      else if (change.type === 'saved' && (this.role === 'viewer' || !this.coordinated || origin === 'other-page')) {
        this.emit({ type: 'updated', revision: change.revision });
      }
    });
    if (unsubscribe) this.cleanup.push(unsubscribe);
  }

  async start(): Promise<void> {
    if (!this.locks) {
      this.role = 'editor';
      return;
    }
    if (!(await this.acquire({ ifAvailable: true }))) this.queue();
  }

  onChange(listener: (event: ClaimEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async takeOver(): Promise<void> {
    if (this.role === 'editor' || !this.locks || this.released) return;
    const promoted = this.promotion(this.options.takeOverTimeoutMs ?? 3000);
    this.channel?.postMessage({ type: 'take-over', id: this.id });
    if (await promoted) return;
    // Hint: the editor did not answer (a frozen or discarded tab); steal its lock. Its late saves fail the revision check.
    this.waiting?.abort();
    await this.acquire({ steal: true });
  }

  /** Resolves true when this tab becomes the editor within `ms`, else false. */
  private promotion(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (promoted: boolean) => {
        clearTimeout(timer);
        off();
        resolve(promoted);
      };
      const timer = setTimeout(() => done(false), ms);
      const off = this.onChange((event) => {
        if (event.type === 'role' && event.role === 'editor') done(true);
      });
    });
  }

  release(): void {
    this.released = true;
    this.waiting?.abort();
    this.hold?.();
    this.hold = undefined;
    this.cleanup.forEach((fn) => fn());
    this.channel?.close();
    this.listeners.clear();
  }

  /** Asked to hand over: save, free the lock, queue to get it back later. */
  private async stepBack(): Promise<void> {
    if (this.role !== 'editor' || !this.hold) return;
    await this.options.flush?.().catch(() => undefined);
    const hold = this.hold;
    if (this.role !== 'editor' || !hold) return; // stolen meanwhile
    this.hold = undefined;
    this.setRole('viewer');
    this.queue();
    hold();
  }

  /** Wait in line for the lock; granted when the editor leaves or hands over. */
  private queue(): void {
    if (this.released) return;
    const waiting = new AbortController();
    this.waiting = waiting;
    void this.acquire({ signal: waiting.signal });
  }

  /** Request the lock; true once held, false when not available (ifAvailable) or the wait was given up. */
  private acquire(options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal }): Promise<boolean> {
    return new Promise((resolve) => {
      let granted = false;
      this.locks!.request(this.lockName, options, (lock) => {
        if (!lock || this.released) return resolve(false);
        granted = true;
        this.waiting = undefined;
        this.setRole('editor');
        resolve(true);
        return new Promise<void>((free) => (this.hold = free));
      }).catch(() => {
        // Hint: a rejected request is either a wait given up (abort) or a held lock stolen by another tab.
        if (!granted) return resolve(false);
        this.hold = undefined;
        this.setRole('viewer');
        this.queue();
      });
    });
  }

  private setRole(role: TabRole): void {
    if (this.role === role) return;
    this.role = role;
    this.emit({ type: 'role', role });
  }

  private emit(event: ClaimEvent): void {
    this.listeners.forEach((listener) => listener(event));
  }
}
