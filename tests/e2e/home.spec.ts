import { expect, test } from '@playwright/test';

test('the start page lists the Ministry notices first, then the provinces\', by document number and title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群申报助手');
  const items = page.locator('ul.notices > li');
  await expect(items).toHaveCount(5);
  await expect(items.nth(0)).toContainText('工信厅企业函〔2024〕122号');
  await expect(items.nth(0)).toContainText('全国各省（区、市），按本省组织安排申报');
  await expect(items.nth(1)).toContainText('工信厅企业函〔2023〕44号');
  await expect(items.nth(2)).toContainText('粤工信服务函〔2023〕6号');
  await expect(items.nth(2)).toContainText('广东省工业和信息化厅关于组织开展2023年度省中小企业特色产业集群申报工作的通知');
  await expect(items.nth(3)).toContainText('川经信办函〔2023〕220号');
  await expect(items.nth(4)).toContainText('鄂经信办函〔2024〕29号');
  await expect(items.nth(4)).toContainText('2024年6月20日前');
});

test('a notice whose deadline has passed says so and can still be used', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2024-07-15T10:00:00+08:00'));
  await page.goto('./');
  const items = page.locator('ul.notices > li');
  await expect(items.nth(0).getByText('本通知的申报已截止')).toHaveCount(0);
  await expect(items.nth(4).getByText('本通知的申报已截止')).toBeVisible();
  await expect(items.nth(4).getByRole('button', { name: /按此通知开始填写/ })).toBeEnabled();
});

test('a county in 山西 starts from the Ministry notice: asked for its province, the cover starts with it', async ({ page }) => {
  await page.goto('./');
  const card = page.locator('ul.notices > li').filter({ hasText: '工信厅企业函〔2024〕122号' });
  await card.getByRole('button', { name: '按此通知开始填写：工信厅企业函〔2024〕122号' }).click();
  await expect(card.getByRole('alert')).toHaveText('请先选择所在省（区、市），再开始填写。');
  await card.getByRole('combobox', { name: '所在省（区、市）' }).selectOption('山西');
  await card.getByRole('button', { name: '按此通知开始填写：工信厅企业函〔2024〕122号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('封面');
  await expect(page.getByRole('textbox', { name: '所属地区 省（区、市）' })).toHaveValue('山西');
  await expect(page.getByRole('textbox', { name: '所属地区 市（区）' })).toHaveValue('');
  await expect(page.locator('.notice-ref')).toHaveText('工信厅企业函〔2024〕122号');
});
