// What a closed or outdated page left unsaved never overwrites what was saved since elsewhere — an import that
// replaced the draft, another tab — and is never lost either: it comes back as a recovered copy. Clearing all
// data in one tab leaves nothing behind from the others.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { installFullDisk, setDiskFull } from './support/diskFull';
import { draftFile, seedDraft } from './support/seed';

const draft = fixtureDrafts['gd-2023'];
const NARRATIVE = '集群产业链培育和招商情况（200字以内）';
const narrative = (page: Page) => page.getByRole('textbox', { name: NARRATIVE, exact: true });
const openS2 = (page: Page) => page.goto(`./fill/#/${draft.id}/s2`);
const replacement = { ...draft, values: { ...draft.values, chainNarrative: '同事发来的新版本：产业链培育情况已按市局意见重写。' } };
/** The drafts with a typing journal (src/storage/journal-store.ts: its own IndexedDB database, and localStorage). */
const journals = (page: Page) =>
  page.evaluate(async () => {
    const inIdb = await new Promise<IDBValidKey[]>((resolve) => {
      const open = indexedDB.open('jiqun-shenbao-journal');
      open.onupgradeneeded = () => open.result.createObjectStore('entries');
      open.onsuccess = () => {
        const keys = open.result.transaction('entries').objectStore('entries').getAllKeys();
        keys.onsuccess = () => (open.result.close(), resolve(keys.result));
      };
    });
    const inLocal = Object.keys(localStorage).flatMap((k) => (k.startsWith('jiqun-shenbao:journal:') ? [k.slice(22)] : []));
    return [...new Set([...inIdb.map(String), ...inLocal])];
  });

async function replaceByImport(page: Page) {
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([replacement]));
  await page.getByRole('alertdialog').getByRole('button', { name: '替换本机草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已替换本机草稿' })).toBeVisible();
}

/** The tab goes to the background and comes back, as when the official switches to another window. */
const switchAwayAndBack = (page: Page) =>
  page.evaluate(() => {
    const set = (state: string) => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    set('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    set('visible');
    document.dispatchEvent(new Event('visibilitychange'));
  });

test('after typing was saved, an earlier unsaved copy never comes back over a draft replaced by import', async ({ page }) => {
  await seedDraft(page, draft);
  await openS2(page);
  await narrative(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('切换窗口前写的', { delay: 5 });
  await switchAwayAndBack(page);
  await page.keyboard.type('，回来后又写的', { delay: 5 });
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
  await expect.poll(() => journals(page)).toEqual([]);
  await page.goto('./');
  await replaceByImport(page);
  await openS2(page);
  await expect(narrative(page)).toHaveValue(replacement.values.chainNarrative);
  await page.goto('./');
  await expect(page.getByRole('link', { name: /恢复的未保存修改/ })).toHaveCount(0);
});

test('a draft replaced by import in another tab: the editing tab shows the replacement and keeps saving', async ({ page, context }) => {
  await seedDraft(page, draft);
  await openS2(page);
  const other = await context.newPage();
  await other.goto('./');
  await replaceByImport(other);
  await expect(narrative(page)).toHaveValue(replacement.values.chainNarrative);
  await narrative(page).fill('替换后在原标签页继续修改。');
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
  await page.reload();
  await expect(narrative(page)).toHaveValue('替换后在原标签页继续修改。');
});

test('typing not yet saved when another tab replaces the draft: both versions are kept whole, the file’s as a copy', async ({ page, context }) => {
  test.setTimeout(120_000);
  await seedDraft(page, draft);
  // Hint: the editing tab's saves fail for a while (a full disk), so its typing is still unsaved when the other
  // tab's import lands; by then the disk has room again.
  await installFullDisk(page);
  await openS2(page);
  await setDiskFull(page, true);
  await narrative(page).fill('替换前刚写下、还没保存的内容');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  await setDiskFull(page, false);
  const other = await context.newPage();
  await other.goto('./');
  await replaceByImport(other);
  await expect(page.getByText(/那个版本已完整另存为草稿「.*（导入或恢复的版本）」/)).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: '文件中的版本已另存为草稿' })).toBeVisible();
  await expect(narrative(page)).toHaveValue('替换前刚写下、还没保存的内容');
  await narrative(page).press('End');
  await narrative(page).pressSequentially('，替换后接着写');
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
  await other.reload();
  await other.getByRole('link', { name: /（导入或恢复的版本）/ }).click();
  await other.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /二、主导产业情况/ }).click();
  await expect(narrative(other)).toHaveValue(replacement.values.chainNarrative);
  await page.reload();
  await expect(narrative(page)).toHaveValue('替换前刚写下、还没保存的内容，替换后接着写');
});

test('「清除本机全部数据」 with a draft open in another tab: that tab stops, and leaves nothing behind when closed', async ({ page, context }) => {
  await seedDraft(page, draft);
  await openS2(page);
  await narrative(page).fill('清除前正在写的内容');
  const privacy = await context.newPage();
  await privacy.goto('./privacy/');
  await privacy.getByRole('button', { name: '清除本机全部数据' }).click();
  await privacy.getByRole('button', { name: '确定清除' }).click();
  await expect(privacy.getByRole('status').filter({ hasText: '已清除本机全部数据' })).toBeVisible();
  await expect(page.getByText('本机全部数据已在另一个标签页中按“清除本机全部数据”删除')).toBeVisible();
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => journals(privacy)).toEqual([]);
  await privacy.goto('./');
  await expect(privacy.getByText('本机还没有草稿')).toBeVisible();
});

test('a draft renamed in another tab is exported from the editing tab under its new name', async ({ page, context }) => {
  await seedDraft(page, draft);
  await openS2(page);
  const list = await context.newPage();
  await list.goto('./');
  const name = '佛山市顺德区中小企业特色产业集群（小家电产业）';
  await list.getByRole('button', { name: `重命名：${name}` }).click();
  await list.getByRole('textbox', { name: `新名称：${name}` }).fill('顺德小家电（报市局稿）');
  await list.getByRole('button', { name: '保存名称' }).click();
  await expect(list.getByRole('link', { name: '顺德小家电（报市局稿）' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(file.drafts[0].title).toBe('顺德小家电（报市局稿）');
});

test('deleted in another tab, then 撤销: the editing tab shows the draft again and goes on saving', async ({ page, context }) => {
  await seedDraft(page, draft);
  await openS2(page);
  const list = await context.newPage();
  await list.goto('./');
  await list.getByRole('button', { name: '删除：佛山市顺德区中小企业特色产业集群（小家电产业）', exact: true }).click();
  await expect(page.getByText('这份草稿已在另一个标签页中被删除。')).toBeVisible();
  await list.getByRole('button', { name: '撤销' }).click();
  await expect(narrative(page)).toHaveValue(draft.values.chainNarrative as string);
  await narrative(page).fill('撤销删除后继续修改。');
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
});

test('reopened while the disk is still full: the unsaved typing is shown and kept, and saved once there is room', async ({ page }) => {
  await seedDraft(page, draft);
  await installFullDisk(page);
  await openS2(page);
  await setDiskFull(page, true);
  await narrative(page).fill('磁盘满时写下的内容');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  await page.reload();
  await expect(narrative(page)).toHaveValue('磁盘满时写下的内容');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toContainText('空间');
  expect(await journals(page)).toHaveLength(1);
  await setDiskFull(page, false);
  await narrative(page).fill('磁盘满时写下的内容，腾出空间后补写');
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
  await expect.poll(() => journals(page)).toEqual([]);
  await page.reload();
  await expect(narrative(page)).toHaveValue('磁盘满时写下的内容，腾出空间后补写');
});
