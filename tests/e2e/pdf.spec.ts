// The PDF in the page: download and preview from 核对信息, characters the font lacks listed first with their
// fields, and the blank form from the start page.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { draftFile, seedDraft } from './support/seed';

test('核对信息 writes the filled form as a PDF with a progress bar, and previews it in the page', async ({ page }) => {
  const draft = fixtureDrafts['hb-2024'];
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/review`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('湖北省仙桃市非织造布产业-申报表-hb-2024.pdf');
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(50_000);
  await expect(page.getByRole('status').filter({ hasText: '已生成' })).toBeVisible();
  await page.getByRole('button', { name: '预览 PDF' }).click();
  await expect(page.frameLocator('iframe.pdf-preview').locator('body')).toBeAttached();
  await expect(page.locator('iframe.pdf-preview')).toHaveAttribute('src', /^blob:/);
});

test('characters the font lacks are listed with their fields before the PDF is written', async ({ page }) => {
  const draft = fixtureDrafts['sc-2023'];
  const odd = { ...draft, values: { ...draft.values, operatorContactName: '罗振宇😀', chainNarrative: `${draft.values.chainNarrative}𪚥` } };
  await page.goto('./');
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([odd]));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await page.goto(`./fill/#/${draft.id}/review`);
  await page.getByRole('button', { name: '下载 PDF' }).click();
  const ask = page.getByRole('alertdialog', { name: '以下字符无法显示：' });
  await expect(ask).toContainText('😀');
  await expect(ask).toContainText('联系人（集群运营管理机构）');
  await expect(ask).toContainText('𪚥');
  await expect(ask).toContainText('集群产业链强链补链情况');
  const download = page.waitForEvent('download');
  await ask.getByRole('button', { name: '仍然生成 PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});

test('the start page offers each notice’s blank form', async ({ page }) => {
  await page.goto('./');
  const gd = page.getByRole('listitem').filter({ hasText: '粤工信服务函〔2023〕6号' });
  const download = page.waitForEvent('download');
  await gd.getByRole('button', { name: '下载空白表格 PDF' }).click();
  expect((await download).suggestedFilename()).toBe('空白表-申报表-gd-2023.pdf');
});
