// Putting a fixture draft into the browser's storage directly, for tests that start from a filled form.
// Hint: mirrors src/wizard/repository.ts's database; the browser tests of storage itself go through the UI.
import type { Page } from '@playwright/test';

export async function seedDraft(page: Page, draft: { id: string }): Promise<void> {
  await page.goto('./');
  await page.evaluate(async (d) => {
    const req = indexedDB.open('jiqun-shenbao', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('drafts', { keyPath: 'id' });
    const db: IDBDatabase = await new Promise((ok, fail) => {
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise((ok) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(d);
      tx.oncomplete = ok;
    });
    db.close();
  }, draft);
}
