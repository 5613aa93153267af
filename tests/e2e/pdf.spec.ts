// The PDF in the page: 核对信息 lists what is open and gates the PDF (先去修改 / 仍生成草稿, a draft marked on
// every page), a complete draft downloads clean under its own name, focus stays on the button while writing and
// then moves to the result; the PDF written ahead is never handed over once the draft changed; characters the font
// lacks are listed first; the blank form from the start page.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { pdfText } from '../support/pdfRender';
import { draftFile, seedDraft } from './support/seed';

/** Hint: what waits for the PDF worker (its first start, the font, a warm-up still running) or for a draft to open gets time for a busy machine. */
const BUSY = { timeout: 30_000 };

/** Opens 核对信息 of a draft and waits until it shows. */
async function openReview(page: Page, draftId: string): Promise<void> {
  await page.goto(`./fill/#/${draftId}/review`);
  await expect(page.getByRole('heading', { name: '核对信息', level: 1 })).toBeVisible(BUSY);
}

/** Records where focus goes from now on: each focused element's text, or 'body' when focus is lost. */
async function watchFocus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { focusLog: string[] }).focusLog = log;
    document.addEventListener('focusin', (e) => log.push(((e.target as HTMLElement).textContent ?? '').trim().slice(0, 12)));
    document.addEventListener('focusout', (e) => void (e.relatedTarget ? null : setTimeout(() => document.activeElement === document.body && log.push('body'))));
  });
  return () => page.evaluate(() => (window as unknown as { focusLog: string[] }).focusLog);
}

test('a complete draft: nothing open, the PDF downloads clean under the cluster’s name; focus stays on the button, then the result', async ({ page }) => {
  const draft = fixtureDrafts['hb-2024'];
  await seedDraft(page, draft);
  await openReview(page, draft.id);
  await expect(page.getByRole('heading', { name: '没有待处理的问题' })).toBeVisible(BUSY);
  const focusLog = await watchFocus(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PDF', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('湖北省仙桃市非织造布产业-中小企业特色产业集群申报表.pdf');
  const bytes = readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfText(bytes).join('')).not.toContain('草稿');
  const done = page.getByRole('status').filter({ hasText: '已生成' });
  await expect(done).toBeFocused(BUSY);
  expect(await focusLog()).toEqual(['下载 PDF', expect.stringContaining('已生成')]);
  await page.getByRole('button', { name: '预览 PDF' }).click();
  await expect(page.locator('iframe.pdf-preview')).toHaveAttribute('src', /^blob:/);
});

test('the PDF written ahead on 核对信息 is never an old one: a name changed meanwhile in another tab is the name downloaded', async ({ page, context }) => {
  const draft = fixtureDrafts['hb-2024'];
  const renamed = '湖北省仙桃市医用防护用品产业';
  await seedDraft(page, draft);
  await openReview(page, draft.id);
  // Hint: the draft's PDF has been written ahead once this mark is set (src/pdf/ahead.ts).
  await page.waitForFunction(() => performance.getEntriesByName('pdf-warm').length > 0, undefined, BUSY);
  // Hint: one tab edits a draft at a time; each takes the editing over in turn (「在本页接管编辑」).
  const other = await context.newPage();
  await other.goto(`./fill/#/${draft.id}/cover`);
  await other.getByRole('button', { name: '在本页接管编辑' }).click(BUSY);
  await other.getByRole('textbox', { name: '集群名称' }).fill(renamed);
  await expect(page.locator('.summary-list').getByText(renamed, { exact: true })).toBeVisible(BUSY);
  await page.getByRole('button', { name: '在本页接管编辑' }).click(BUSY);
  await expect(page.locator('fieldset.readonly-wrap')).toBeEnabled(BUSY);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PDF', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${renamed}-中小企业特色产业集群申报表.pdf`);
  const text = pdfText(readFileSync(await file.path())).join('');
  expect(text).toContain(renamed);
  expect(text).not.toContain(draft.values.clusterName);
});

test('open problems are listed per section with links, and the PDF asks 先去修改 / 仍生成草稿', async ({ page }) => {
  const base = fixtureDrafts['hb-2024'];
  const draft = { ...base, values: { ...base.values, chainNarrative: undefined, iipRate: '33.034' } };
  await seedDraft(page, draft);
  await openReview(page, draft.id);
  const open = page.locator('#open-problems');
  await expect(open.getByRole('heading', { level: 2 })).toHaveText('还有 1 个错误、0 个提醒、1 项未填写', BUSY);
  await expect(open.getByRole('region', { name: '二、主导产业情况' }).getByRole('link')).toHaveText('集群产业链强链补链情况（200字以内）');
  await expect(open.getByRole('region', { name: '四、数字化升级情况' }).getByRole('link')).toContainText('最多保留两位小数');

  const ask = page.getByRole('alertdialog', { name: '申报表还没有填完' });
  await page.getByRole('button', { name: '下载 PDF', exact: true }).click();
  await expect(ask).toBeFocused(BUSY);
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  expect((await axe.analyze()).violations).toEqual([]);
  await ask.getByRole('button', { name: '先去修改' }).click();
  await expect(open).toBeFocused(BUSY);

  await page.getByRole('button', { name: '下载 PDF', exact: true }).click();
  const download = page.waitForEvent('download');
  await ask.getByRole('button', { name: '仍生成草稿' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('湖北省仙桃市非织造布产业-中小企业特色产业集群申报表（草稿）.pdf');
  const pages = pdfText(readFileSync(await file.path()));
  expect(pages.length).toBeGreaterThan(10);
  expect(pages.filter((p) => !p.includes('草稿（未完成）'))).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: '已生成草稿' })).toBeFocused(BUSY);

  await open.getByRole('link', { name: /集群产业链强链补链情况/ }).click();
  await expect(page.getByRole('textbox', { name: /集群产业链强链补链情况/ })).toBeFocused(BUSY);
});

test('characters the font lacks are listed with their fields first; the question takes focus and gives it back', async ({ page }) => {
  const draft = fixtureDrafts['sc-2023'];
  const odd = { ...draft, values: { ...draft.values, operatorContactName: '罗振宇😀', chainNarrative: `${draft.values.chainNarrative}𪚥` } };
  await page.goto('./');
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([odd]));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await openReview(page, draft.id);
  const button = page.getByRole('button', { name: '下载 PDF', exact: true });
  await button.click();
  const ask = page.getByRole('alertdialog', { name: '以下字符无法显示：' });
  await expect(ask).toBeFocused(BUSY);
  await expect(ask).toContainText('😀');
  await expect(ask).toContainText('联系人（集群运营管理机构）');
  await expect(ask).toContainText('𪚥');
  await expect(ask).toContainText('集群产业链强链补链情况');
  await ask.getByRole('button', { name: '返回修改' }).click();
  await expect(button).toBeFocused(BUSY);
  await button.click();
  await expect(ask).toBeFocused(BUSY);
  const download = page.waitForEvent('download');
  await ask.getByRole('button', { name: '仍然生成 PDF' }).click();
  expect((await download).suggestedFilename()).toMatch(/-中小企业特色产业集群申报表\.pdf$/);
});

test('the start page offers each notice’s blank form', async ({ page }) => {
  await page.goto('./');
  const gd = page.getByRole('listitem').filter({ hasText: '粤工信服务函〔2023〕6号' });
  const download = page.waitForEvent('download');
  await gd.getByRole('button', { name: '下载空白表格 PDF' }).click();
  expect((await download).suggestedFilename()).toBe('空白表（广东省 2023 年版）-中小企业特色产业集群申报表.pdf');
});
