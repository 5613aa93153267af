// Every step of each notice's realistic draft at the office screen size (1366×768, full page) and the start,
// review and pre-check pages at phone width too, written to screens/<notice>/ as PNG.
import { mkdirSync } from 'node:fs';
import { test } from '@playwright/test';
import { fixtureDrafts } from '../../tests/fixtures/drafts';
import { seedDraft } from '../../tests/e2e/support/seed';

const steps = ['cover', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 'enterprises', 'review', 'check', 'evidence', 'summary', 'submit', 'notice'];
const phone = { width: 390, height: 844 };

for (const [noticeId, draft] of Object.entries(fixtureDrafts)) {
  test(`screens of ${noticeId}`, async ({ page }) => {
    test.setTimeout(120_000);
    const dir = `screens/${noticeId}`;
    mkdirSync(dir, { recursive: true });
    await seedDraft(page, draft);
    await page.screenshot({ path: `${dir}/start.png`, fullPage: true });
    for (const step of steps) {
      await page.goto(`./fill/#/${draft.id}/${step}`);
      await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${dir}/${step}.png`, fullPage: true });
    }
    await page.setViewportSize(phone);
    for (const step of ['s2', 'review']) {
      await page.goto(`./fill/#/${draft.id}/${step}`);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `${dir}/phone-${step}.png`, fullPage: true });
    }
  });
}

test('screens of the start page when empty, the privacy page and a blank step with its error summary', async ({ page }) => {
  mkdirSync('screens', { recursive: true });
  await page.goto('./');
  await page.screenshot({ path: 'screens/start-empty.png', fullPage: true });
  await page.goto('./privacy/');
  await page.screenshot({ path: 'screens/privacy.png', fullPage: true });
  await page.goto('./');
  await page.getByRole('button', { name: /按此通知开始填写：鄂经信办函/ }).click();
  await page.getByRole('button', { name: '完成本节' }).first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'screens/cover-errors.png' });
  await page.setViewportSize(phone);
  await page.screenshot({ path: 'screens/phone-cover-errors.png', fullPage: true });
});
