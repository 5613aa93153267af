// Drafts that never get lost: reload and closing at once, two tabs on one draft, a full disk, export and
// import into a fresh browser profile, the drafts list's actions, and bad files.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { installFullDisk, setDiskFull } from './support/diskFull';
import { draftFile, seedDraft } from './support/seed';

const draft = fixtureDrafts['gd-2023'];
const areaBox = (page: Page) => page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true });
const openS1 = (page: Page) => page.goto(`./fill/#/${draft.id}/s1`);

test('typed, then reloaded at once: nothing is lost', async ({ page }) => {
  await seedDraft(page, draft);
  await openS1(page);
  await areaBox(page).fill('51.25');
  await page.reload();
  await expect(areaBox(page)).toHaveValue('51.25');
});

test('typed, then the tab closed within 200 ms: nothing is lost on reopening', async ({ page, context }) => {
  await seedDraft(page, draft);
  await openS1(page);
  await areaBox(page).fill('52.75');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await openS1(again);
  await expect(areaBox(again)).toHaveValue('52.75');
});

test('two tabs on one draft: one edits, the other follows read-only and may take over; no update is lost', async ({ page, context }) => {
  await seedDraft(page, draft);
  await openS1(page);
  const second = await context.newPage();
  await openS1(second);
  await expect(second.getByText('这份草稿正在另一个标签页中编辑')).toBeVisible();
  await expect(areaBox(second)).toBeDisabled();
  await areaBox(page).fill('60.00');
  await expect(areaBox(second)).toHaveValue('60.00');
  await second.getByRole('button', { name: '在本页接管编辑' }).click();
  await expect(areaBox(second)).toBeEnabled();
  await expect(page.getByText('这份草稿正在另一个标签页中编辑')).toBeVisible();
  await second.getByRole('textbox', { name: '集群运营管理机构 联系人', exact: true }).fill('何振邦（接管后修改）');
  await expect(page.getByRole('textbox', { name: '集群运营管理机构 联系人', exact: true })).toHaveValue('何振邦（接管后修改）');
  await second.reload();
  await expect(areaBox(second)).toHaveValue('60.00');
});

test('a full disk: the failure is shown with what to do, and a backup export is offered', async ({ page }) => {
  await seedDraft(page, draft);
  await installFullDisk(page);
  await openS1(page);
  await setDiskFull(page, true);
  await areaBox(page).fill('70.00');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toContainText('空间');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即导出备份' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.drafts[0].values.area).toBe('70.00');
});

test('exported, then imported into a fresh browser profile: the identical draft', async ({ page, browser }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/cover`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.drafts[0]).toEqual(draft);

  const fresh = await browser.newContext({ baseURL: new URL('./', page.url()).href.replace(/fill\/.*$/, '') });
  const other = await fresh.newPage();
  await other.goto('./');
  await expect(other.getByText('本机还没有草稿')).toBeVisible();
  await other.getByLabel('从文件导入草稿').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await other.goto(`./fill/#/${draft.id}/cover`);
  const again = other.waitForEvent('download');
  await other.getByRole('button', { name: '导出草稿' }).click();
  expect(JSON.parse(readFileSync(await (await again).path(), 'utf8')).drafts[0]).toEqual(draft);
  await fresh.close();
});

test('the drafts list: rename, duplicate, delete with 撤销', async ({ page }) => {
  await seedDraft(page, draft);
  await page.reload();
  const name = '佛山市顺德区中小企业特色产业集群（小家电产业）';
  await page.getByRole('button', { name: `重命名：${name}` }).click();
  await page.getByRole('textbox', { name: `新名称：${name}` }).fill('顺德小家电（第二稿）');
  await page.getByRole('button', { name: '保存名称' }).click();
  await expect(page.getByRole('link', { name: '顺德小家电（第二稿）' })).toBeVisible();
  await page.getByRole('button', { name: '复制：顺德小家电（第二稿）' }).click();
  await expect(page.getByRole('link', { name: '顺德小家电（第二稿）（副本）' })).toBeVisible();
  await page.getByRole('button', { name: '删除：顺德小家电（第二稿）', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已删除“顺德小家电（第二稿）”' })).toBeVisible();
  await expect(page.getByRole('link', { name: '顺德小家电（第二稿）', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('link', { name: '顺德小家电（第二稿）', exact: true })).toBeVisible();
});

test('importing the same draft again asks: a copy, or replace — with both times shown', async ({ page }) => {
  await seedDraft(page, draft);
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([draft]));
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('2024');
  await ask.getByRole('button', { name: '作为副本导入' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已作为副本导入' })).toBeVisible();
  await expect(page.getByRole('link', { name: /（导入的副本）/ })).toBeVisible();
});

const badFiles = [
  ['a file that is not JSON', { name: '申报表.json', mimeType: 'application/json', buffer: Buffer.from('这不是草稿') }],
  ['a truncated file', { name: '草稿.json', mimeType: 'application/json', buffer: Buffer.from(draftFile([draft]).buffer.toString('utf8').slice(0, 500)) }],
  ['JSON of another shape', { name: 'data.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","items":[1,2]}') }],
] as const;
for (const [what, file] of badFiles) {
  test(`${what} gets a clear message and changes nothing`, async ({ page }) => {
    await seedDraft(page, draft);
    await page.getByLabel('从文件导入草稿').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: '无法导入' })).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2);
  });
}

test('HTML in a draft is shown as text, never run', async ({ page }) => {
  const hostile = { ...draft, id: 'hostile', values: { ...draft.values, clusterName: '<img src=x onerror="window.pwned=1">集群' } };
  await page.goto('./');
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([hostile]));
  await expect(page.getByRole('link', { name: '<img src=x onerror="window.pwned=1">集群' })).toBeVisible();
  await page.goto('./fill/#/hostile/cover');
  await expect(page.getByRole('textbox', { name: '集群名称', exact: true })).toHaveValue('<img src=x onerror="window.pwned=1">集群');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('a file dropped on the start page is imported like a picked one', async ({ page }) => {
  await page.goto('./');
  const file = draftFile([draft]);
  const dataTransfer = await page.evaluateHandle(({ text, name }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/json' }));
    return dt;
  }, { text: file.buffer.toString('utf8'), name: file.name });
  await page.locator('.import-panel').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await expect(page.getByRole('link', { name: '佛山市顺德区中小企业特色产业集群（小家电产业）' })).toBeVisible();
});

test('without IndexedDB (some private modes) the page says so at once, keeps the work in memory and offers export', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(IDBFactory.prototype, 'open', {
      value: () => {
        throw new DOMException('IndexedDB is disabled in this mode.', 'InvalidStateError');
      },
    });
  });
  await page.goto('./');
  await expect(page.getByRole('alert').first()).toContainText('本地');
  await page.getByRole('button', { name: '按此通知开始填写：粤工信服务函〔2023〕6号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('封面');
  await page.getByRole('textbox', { name: '集群名称', exact: true }).fill('佛山市顺德区中小企业特色产业集群（小家电产业）');
  await expect(page.getByRole('status').filter({ hasText: '未保存到本机' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '立即导出备份' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(saved.drafts[0].values.clusterName).toBe('佛山市顺德区中小企业特色产业集群（小家电产业）');
});
