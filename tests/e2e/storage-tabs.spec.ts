// Two tabs, one official: what one tab typed survives what the other does — a delete undone with 撤销, an import
// replacing the draft mid-sentence — and a new version of the app waits for the typing tab (issue 16).
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { installFullDisk, setDiskFull } from './support/diskFull';
import { installFailingSaves, setSavesFail } from './support/failSaves';
import { draftFile, seedDraft } from './support/seed';

const draft = fixtureDrafts['gd-2023'];
const ORIGINAL = draft.values.chainNarrative as string;
const NARRATIVE = '集群产业链培育和招商情况（200字以内）';
const narrative = (page: Page) => page.getByRole('textbox', { name: NARRATIVE, exact: true });
const openS2 = (page: Page) => page.goto(`./fill/#/${draft.id}/s2`);
const FILE_TEXT = '同事发来的新版本：产业链培育情况已按市局意见重写。';

/** Type `text` one key at a time, a key every ~200 ms, as a steady typist does. */
async function typeSteadily(page: Page, text: string) {
  await narrative(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 200 });
}

test('deleted in another tab while typing here, then 撤销: what this tab typed comes back with the draft', async ({ page, context }) => {
  test.setTimeout(120_000);
  await seedDraft(page, draft);
  // Hint: this tab's saves fail for a while (a full disk), so what it typed is not saved when the other tab deletes.
  await installFullDisk(page);
  await openS2(page);
  await setDiskFull(page, true);
  await typeSteadily(page, '删除前写下的');
  await expect(page.getByRole('status').filter({ hasText: '保存失败' })).toBeVisible();
  const list = await context.newPage();
  await list.goto('./');
  await list.getByRole('button', { name: `删除：${draft.values.clusterName}`, exact: true }).click();
  await expect(page.getByText('这份草稿已在另一个标签页中被删除')).toBeVisible();
  await setDiskFull(page, false);
  await list.getByRole('button', { name: '撤销' }).click();
  await expect(narrative(page)).toHaveValue(`${ORIGINAL}删除前写下的`);
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
  await page.reload();
  await expect(narrative(page)).toHaveValue(`${ORIGINAL}删除前写下的`);
});

test('replaced by an import while this tab types: both versions whole, not a keystroke lost or split', async ({ page, context }) => {
  test.setTimeout(180_000);
  await seedDraft(page, draft);
  // Hint: this tab's saves fail until the import has landed, so the import surely lands mid-typing (otherwise
  // each save would move the revision and the import would be asked again until the typing stopped).
  await installFailingSaves(page);
  await openS2(page);
  await setSavesFail(page, true);
  const other = await context.newPage();
  await other.goto('./');
  const typing = typeSteadily(page, '替换时正在输入的一句话，一个字也不能少');
  await expect(narrative(page)).toHaveValue(/替换时正/);
  await other.getByLabel('从文件导入草稿').setInputFiles(draftFile([{ ...draft, values: { ...draft.values, chainNarrative: FILE_TEXT } }]));
  await other.getByRole('alertdialog').getByRole('button', { name: '替换本机草稿' }).click();
  await expect(other.getByRole('status').filter({ hasText: '文件中的版本已另存为草稿' })).toBeVisible();
  await setSavesFail(page, false);
  await typing;
  await expect(page.getByText(/那个版本已完整另存为草稿/)).toBeVisible();
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();
  const typed = `${ORIGINAL}替换时正在输入的一句话，一个字也不能少`;
  await page.reload();
  await expect(narrative(page)).toHaveValue(typed);
  await other.goto('./');
  await other.getByRole('link', { name: /（导入或恢复的版本）/ }).click();
  await other.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /二、主导产业情况/ }).click();
  await expect(narrative(other)).toHaveValue(FILE_TEXT);
});
