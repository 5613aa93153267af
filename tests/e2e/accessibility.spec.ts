// Every step passes axe-core with no violations: blank, filled, and with the error summary showing.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { resolveNotice } from '../../src/forms';
import { formSteps } from '../../src/wizard/steps';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const axe = (page: import('@playwright/test').Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);

test('the start page (with drafts) and the privacy page have no accessibility violations', async ({ page }) => {
  await seedDraft(page, fixtureDrafts['sc-2023']);
  await expect(page.getByRole('row')).toHaveCount(2);
  expect((await axe(page).analyze()).violations).toEqual([]);
  await page.goto('./privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据说明');
  expect((await axe(page).analyze()).violations).toEqual([]);
  await page.goto('./summary/');
  await expect(page.getByRole('button', { name: /^加入汇总表/ })).toBeVisible();
  expect((await axe(page).analyze()).violations).toEqual([]);
});

for (const noticeId of ['hb-2024', 'gd-2023'] as const) {
  test(`every step of a filled ${noticeId} draft has no accessibility violations`, async ({ page }) => {
    // Hint: sixteen axe runs; ~50 s idle, several minutes on two loaded cores (issue 16).
    test.setTimeout(420_000);
    const draft = fixtureDrafts[noticeId];
    await seedDraft(page, draft);
    for (const step of [...formSteps(resolveNotice(noticeId).form).map((s) => s.id), 'review', 'check', 'evidence', 'summary', 'submit', 'notice']) {
      await page.goto(`./fill/#/${draft.id}/${step}`);
      await expect(page.locator('#step-title')).toBeVisible();
      const { violations } = await axe(page).analyze();
      expect(violations.map((v) => ({ step, id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
    }
  });
}

test('a blank step with its error summary showing has no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: '按此通知开始填写：川经信办函〔2023〕220号' }).click();
  await page.getByRole('link', { name: /二、主导产业情况/ }).click();
  await page.getByRole('button', { name: '完成本节' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  expect((await axe(page).analyze()).violations).toEqual([]);
});
