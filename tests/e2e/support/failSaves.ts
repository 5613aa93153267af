// This page's own saves of its typing fail on demand (as on a full disk), while copies and imports it writes
// (no session recorded with them) go through: the typing stays unsaved for as long as a test needs.
// Hint: the summary is the second put of a save's transaction; throwing there aborts the whole save.
import type { Page } from '@playwright/test';

export async function installFailingSaves(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const value = args[0] as { writer?: unknown } | undefined;
      const own = this.name === 'summaries' && typeof value?.writer === 'string' && value.writer !== '';
      if (own && sessionStorage.getItem('test:failSaves') === '1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

export const setSavesFail = (page: Page, fail: boolean) => page.evaluate((f) => sessionStorage.setItem('test:failSaves', f ? '1' : '0'), fail);
