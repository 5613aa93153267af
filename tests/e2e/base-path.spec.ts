// A site served under another path than it was built for cannot load its scripts and styles; the page says so,
// with the BASE_PATH to build with, instead of standing bare (issue 16).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('built for /apply/, served from /xianji/: the page names the path and the fix', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const html = readFileSync('.e2e-site/apply/index.html', 'utf8');
  // Hint: what a server does with files built for another path: the page is found, nothing it loads is.
  await page.route(`${origin}/xianji/**`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.route(`${origin}/apply/**`, (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto(`${origin}/xianji/`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('按网址路径“/apply/”构建');
  await expect(alert).toContainText('BASE_PATH=/xianji/ npm run build');
});

test('served where it was built for, no such message', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: /按此通知开始填写/ }).first()).toBeVisible();
  await expect(page.getByText('BASE_PATH=')).toHaveCount(0);
});
