import { expect, test } from '@playwright/test';

test('the start page lists the three notices by document number and title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群申报助手');
  const items = page.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('粤工信服务函〔2023〕6号');
  await expect(items.nth(0)).toContainText('广东省工业和信息化厅关于组织开展2023年度省中小企业特色产业集群申报工作的通知');
  await expect(items.nth(1)).toContainText('川经信办函〔2023〕220号');
  await expect(items.nth(2)).toContainText('鄂经信办函〔2024〕29号');
  await expect(items.nth(2)).toContainText('2024年6月20日前');
});
