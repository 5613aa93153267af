// A browser profile for the storage tests: a fresh fake IndexedDB per test, a store on it, a full disk.
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { expect, vi } from 'vitest';
import { createChangeFeed } from '../../../src/storage/changes';
import { openDraftStore } from '../../../src/storage/db';
import { DraftStoreError } from '../../../src/storage/errors';
import type { DraftStore, OpenOptions } from '../../../src/storage/db';

/** A clean browser profile: a new, empty IndexedDB. */
export function freshProfile(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** A store on the current fake IndexedDB with a feed local to this test. */
export function openTestStore(options: OpenOptions = {}): Promise<DraftStore> {
  return openDraftStore({ feed: createChangeFeed(undefined), ...options });
}

/**
 * Make the next writes fail as a full disk does in Chromium: the put request errors with QuotaExceededError
 * and the transaction aborts with it. Returns the function that frees the disk again.
 */
export async function simulateFullDisk(): Promise<() => void> {
  const db = await new Promise<IDBDatabase>((resolve) => {
    const request = indexedDB.open('probe-for-prototype');
    request.onupgradeneeded = () => request.result.createObjectStore('s');
    request.onsuccess = () => resolve(request.result);
  });
  // Hint: fake-indexeddb stores records through its internal ObjectStore.storeRecord; failing it there makes
  // the request fail and the transaction abort with that error, as a real quota failure does.
  const raw = (db.transaction('s', 'readonly').objectStore('s') as unknown as { _rawObjectStore: object })._rawObjectStore;
  db.close();
  const spy = vi.spyOn(Object.getPrototypeOf(raw) as { storeRecord: () => void }, 'storeRecord').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => spy.mockRestore();
}

/** The DraftStoreError a storage call rejects with (the test fails if it resolves or rejects otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<DraftStoreError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DraftStoreError);
  return error as DraftStoreError;
}
