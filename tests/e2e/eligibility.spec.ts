// The rules in the wizard: inline messages as the user types, and the pre-check page (认定标准自查) naming
// exactly the criteria a cluster fails, with the reason.
import { expect, test } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const draft = fixtureDrafts['hb-2024'];
const steps = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: '填写步骤' });

test('a cluster below two thresholds sees those two criteria, and only those, marked 不符合 with the reason', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/s2`);
  await page.getByRole('textbox', { name: '集群内中小企业产值占集群总产值比例（%） 2023年', exact: true }).fill('68.00');
  await steps(page).getByRole('link', { name: /四、数字化升级情况/ }).click();
  await page.getByRole('textbox', { name: '集群接入工业互联网平台的中小企业数量', exact: true }).fill('55');
  await page.getByRole('textbox', { name: '集群中小企业工业互联网平台应用普及率（%）', exact: true }).fill('12.44');
  await steps(page).getByRole('link', { name: '认定标准自查' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('认定标准自查');
  const failed = page.getByRole('listitem').filter({ has: page.locator('strong.verdict', { hasText: /^不符合/ }) });
  await expect(failed).toHaveCount(2);
  await expect(failed.nth(0)).toContainText('70%以上');
  await expect(failed.nth(0)).toContainText('68');
  await expect(failed.nth(1)).toContainText('工业互联网平台应用普及率不低于15%');
  await expect(failed.nth(1)).toContainText('12.44');
  await expect(page.getByText(/不符合 2 项/)).toBeVisible();
});

test('a cluster larger than 「一般不超过」 allows is asked to explain, and is not counted as failing', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/s1`);
  await page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true }).fill('150');
  await steps(page).getByRole('link', { name: '认定标准自查' }).click();
  const area = page.getByRole('listitem').filter({ hasText: '占地面积一般不超过100平方公里' }).first();
  await expect(area.locator('strong.verdict')).toHaveText('超出一般性要求（须说明理由）');
  await expect(area).toContainText('150');
  await expect(page.getByText(/不符合 0 项，须说明理由 1 项/)).toBeVisible();
});

test('a qualitative criterion is declared by the user and the declaration is kept', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/check`);
  const item = page.getByRole('listitem').filter({ hasText: '发展水平位居细分领域全国前列' }).first();
  await expect(item.locator('strong.verdict')).toHaveText('待自我声明');
  await item.getByRole('checkbox', { name: /本集群符合此项/ }).check();
  await expect(item.locator('strong.verdict')).toHaveText('符合（自我声明）');
  await page.reload();
  await expect(page.getByRole('listitem').filter({ hasText: '发展水平位居细分领域全国前列' }).first().locator('strong.verdict')).toHaveText('符合（自我声明）');
});

test('inconsistent entries are flagged beside the field as soon as they are typed', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/s2`);
  await page.getByRole('textbox', { name: '其中：集群中小企业数量 2023年', exact: true }).fill('500');
  await expect(page.getByRole('row').filter({ hasText: '其中：集群中小企业数量' })).toContainText('2023年');
  await expect(page.getByRole('row').filter({ hasText: '其中：集群中小企业数量' }).locator('.error-message')).toBeVisible();
  await page.getByRole('textbox', { name: '集群总产值（亿元） 2023年', exact: true }).fill('12.345');
  await expect(page.getByRole('row').filter({ hasText: '集群总产值（亿元）' }).locator('.error-message')).toContainText('2023年');
});

test('a computed value that differs from the typed one is offered, never written silently', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/s4`);
  const rate = page.getByRole('textbox', { name: '集群中小企业上云比例（%）', exact: true });
  await rate.fill('80.00');
  await expect(page.getByText('与填写的 80 不一致')).toBeVisible();
  await expect(rate).toHaveValue('80.00');
  await page.getByRole('button', { name: /改用计算值 71.95/ }).click();
  await expect(rate).toHaveValue('71.95');
});
