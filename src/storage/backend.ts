// Where drafts are kept: a small backend interface, implemented over IndexedDB (idb-backend.ts) and in memory for
// browsers without IndexedDB. All logic (revisions, summaries, restore) lives in the draft store (db.ts).
import type { DraftLabels } from './summary';
import { storeError } from './errors';

/** A draft as it is kept: the draft document, its content summary (ContentSummary), its labels (DraftLabels). */
export interface StoredEntry {
  readonly id: string;
  readonly draft: unknown;
  /** A ContentSummary; unknown because undoing a delete puts back whatever was stored, even by another version. */
  readonly summary: unknown;
  /** Written only when given; a content save leaves the labels alone. */
  readonly labels?: unknown;
}

/** What a backend returns: exactly what is stored, which may come from another version of the app. */
export interface RawEntry {
  readonly draft: unknown;
  readonly summary: unknown;
  readonly labels: unknown;
}

/** One stored draft as the list reads it: its key, summary and labels, whether a document is there, or why not. */
export interface ListedEntry {
  readonly key: string;
  readonly summary: unknown;
  readonly labels: unknown;
  readonly hasDraft: boolean;
  /** The record could not be read at all (the browser failed to give it back). */
  readonly failure?: unknown;
}

export interface DraftBackend {
  /** False for the in-memory fallback: nothing survives closing the page. */
  readonly persistent: boolean;
  read(id: string): Promise<RawEntry | undefined>;
  /** Every stored draft's key, summary and labels (never the drafts themselves), drafts without a summary included. */
  readAll(): Promise<ListedEntry[]>;
  /**
   * Write draft, summary (and labels when given) as one atomic step, if `check` accepts the stored summary.
   * Hint: the writes are issued at once, before the check's read returns (a failed check aborts them), so a save
   * started in `pagehide` is handed to the database before the page goes.
   */
  write(entry: StoredEntry, check: (stored: unknown) => void, options?: { durable?: boolean }): Promise<void>;
  /** Change the labels of an existing draft; `missing` error when there is none. */
  updateLabels(id: string, update: (labels: unknown) => DraftLabels): Promise<void>;
  /** Remove a draft and return what was removed (for undo). */
  remove(id: string): Promise<RawEntry | undefined>;
  close(): void;
}

/** The part of Web Storage the memory backend mirrors itself into (sessionStorage in the browser). */
export interface TabStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const TAB_KEY = 'jiqun-shenbao:tab-drafts';

type Entries = Map<string, { draft: unknown; summary: unknown; labels: unknown }>;

function _loadTab(tab: TabStorageLike | undefined): Entries {
  try {
    return new Map(JSON.parse(tab?.getItem(TAB_KEY) ?? '[]') as [string, { draft: unknown; summary: unknown; labels: unknown }][]);
  } catch {
    return new Map();
  }
}

/**
 * A backend that keeps drafts in this tab only: same behaviour, nothing persists on the computer.
 * Hint: mirrored into sessionStorage where given, so moving from the start page to the form (a page load) or a
 * reload keeps the work; closing the tab loses it, as the status says.
 */
export function memoryBackend(tab?: TabStorageLike): DraftBackend {
  const entries: Entries = _loadTab(tab);
  const mirror = () => {
    try {
      tab?.setItem(TAB_KEY, JSON.stringify([...entries]));
    } catch {
      // Hint: a full or refused sessionStorage leaves the page's memory, which the status already describes.
    }
  };
  // Hint: structuredClone in and out, as IndexedDB does, so callers can never mutate what is "stored".
  // Hint: structuredClone arrived in Chromium 98; older office browsers get a JSON copy (drafts are plain JSON).
  const copy = <T>(value: T): T => (typeof structuredClone === 'function' ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T));
  return {
    persistent: false,
    read: async (id) => copy(entries.get(id)),
    readAll: async () => [...entries].map(([key, { summary, labels, draft }]) => ({ key, ...copy({ summary, labels }), hasDraft: draft !== undefined })),
    write: async (entry, check) => {
      const current = entries.get(entry.id);
      check(copy(current?.summary));
      entries.set(entry.id, copy({ draft: entry.draft, summary: entry.summary, labels: entry.labels ?? current?.labels }));
      mirror();
    },
    updateLabels: async (id, update) => {
      const current = entries.get(id);
      if (!current) throw storeError('missing');
      entries.set(id, { ...current, labels: copy(update(copy(current.labels))) });
      mirror();
    },
    remove: async (id) => {
      const current = entries.get(id);
      entries.delete(id);
      mirror();
      return copy(current);
    },
    close: () => {},
  };
}
