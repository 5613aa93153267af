// A disk that fills up on demand: IndexedDB writes of the page throw QuotaExceededError while `diskFull` is set.
import type { Page } from '@playwright/test';

export async function installFullDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

export const setDiskFull = (page: Page, full: boolean) => page.evaluate((f) => ((window as unknown as { diskFull: boolean }).diskFull = f), full);
