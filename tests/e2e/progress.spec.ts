// Progress that stays: 完成本节 is saved with the draft (a reload keeps it, and the drafts list agrees), the task
// list folds only on a phone, 认定标准自查 links each verdict to its question and prefills what the ticks say, and
// the clear-all confirmation takes focus and gives it back.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const draft = fixtureDrafts['hb-2024'];
const taskList = (page: Page) => page.getByRole('navigation', { name: '填写步骤' });

/** Open a step of the seeded draft. Hint: opening waits on IndexedDB, slow on a busy 2-core machine. */
async function open(page: Page, step: string) {
  await page.goto(`./fill/#/${draft.id}/${step}`);
  await expect(page.locator('#step-title')).toBeVisible({ timeout: 20_000 });
}

test('完成本节 on the section with nothing to fill is kept after a reload, and every measure of progress agrees', async ({ page }) => {
  await seedDraft(page, draft);
  await expect(page.getByRole('row').filter({ hasText: '湖北省仙桃市非织造布产业' })).toContainText('100%');
  await open(page, 's9');
  await expect(taskList(page)).toContainText('已完成 9 / 10 部分，各项均已填写');
  await page.getByRole('button', { name: '完成本节' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('核对信息');
  await expect(taskList(page)).toContainText('已完成 10 / 10 部分');
  await expect(page.getByRole('status').filter({ hasText: '已保存' }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible({ timeout: 20_000 });
  await expect(taskList(page).getByRole('link', { name: /九、真实性声明及推荐意见/ })).toContainText('已完成');
  await expect(taskList(page)).toContainText('已完成 10 / 10 部分');
  await open(page, 's1');
  await page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true }).fill('');
  await expect(taskList(page)).toContainText('已完成 9 / 10 部分，还有 1 项未填');
  await expect(page.getByText('还有 1 项未填写')).toHaveCount(0);
  await taskList(page).getByRole('link', { name: '核对信息' }).click();
  await expect(page.getByText(/、1 项未填写$/)).toBeVisible();
});

test('a section left with problems after 完成本节 stays 有问题 after a reload, until fixed', async ({ page }) => {
  await seedDraft(page, draft);
  await open(page, 's1');
  const area = page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true });
  await area.fill('');
  await page.getByRole('button', { name: '完成本节' }).click();
  const s1 = taskList(page).getByRole('link', { name: /一、基本情况/ });
  await expect(s1).toContainText('有问题');
  await expect(page.getByRole('status').filter({ hasText: '已保存' }).first()).toBeVisible();
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible({ timeout: 20_000 });
  await expect(s1).toContainText('有问题');
  await expect(page.locator('.error-message').filter({ hasText: '必填' })).toBeVisible();
  await area.fill('36.50');
  await expect(s1).toContainText('已完成');
});

test('on a wide screen the task list cannot be folded; on a phone 「填写进度」 folds and unfolds it', async ({ page }) => {
  await seedDraft(page, draft);
  await open(page, 's2');
  await expect(taskList(page).locator('summary')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(taskList(page).getByRole('link', { name: /九、真实性声明及推荐意见/ })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 800 });
  const toggle = taskList(page).locator('summary');
  await expect(toggle).toContainText('填写进度');
  await expect(taskList(page).getByRole('link', { name: /九、真实性声明及推荐意见/ })).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(taskList(page).getByRole('link', { name: /九、真实性声明及推荐意见/ })).toBeVisible();
});

test('认定标准自查: a declaration the ticks already make is prefilled and can be taken back; verdicts link to their questions', async ({ page }) => {
  await seedDraft(page, draft);
  await open(page, 'check');
  const item = page.getByRole('listitem').filter({ hasText: '产业链上下游企业产供销一体化协同协作机制较完善' }).first();
  await expect(item.locator('strong.verdict')).toHaveText('符合（自我声明）');
  await expect(item).toContainText('表中已勾选“建有产业链上下游产供销一体化协同协作机制”');
  await item.getByRole('checkbox', { name: /本集群符合此项/ }).uncheck();
  await expect(item.locator('strong.verdict')).toHaveText('待自我声明');
  await page.reload();
  await expect(page.locator('#step-title')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('listitem').filter({ hasText: '产业链上下游企业产供销一体化协同协作机制较完善' }).first().locator('strong.verdict')).toHaveText('待自我声明');
  const output = page.getByRole('listitem').filter({ hasText: '近三年产值均在40亿元以上' }).first();
  await output.getByRole('link', { name: '集群总产值（亿元）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、主导产业情况');
});

test('the clear-all confirmation takes focus when it opens and gives it back on 取消', async ({ page }) => {
  await page.goto('./privacy/');
  const clear = page.getByRole('button', { name: '清除本机全部数据' });
  await clear.click();
  await expect(page.getByRole('alertdialog', { name: '确定要清除本机全部数据吗？' })).toBeFocused();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(clear).toBeFocused();
});
