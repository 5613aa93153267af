// A disk that fills up on demand: IndexedDB writes of the page throw QuotaExceededError while it is full.
// Hint: the state lives in sessionStorage, so a disk full before a reload is still full while the page reopens.
import type { Page } from '@playwright/test';

export async function installFullDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (sessionStorage.getItem('test:diskFull') === '1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

export const setDiskFull = (page: Page, full: boolean) => page.evaluate((f) => sessionStorage.setItem('test:diskFull', f ? '1' : '0'), full);
