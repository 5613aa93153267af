import { expect, test } from '@playwright/test';

test('home page names the product', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群申报助手');
});
