// The city's 推荐汇总表: three counties' draft files imported, put in order, downloaded as PDF, DOCX and XLSX, each
// file read back (pdftotext, the DOCX's XML, the XLSX's cells) showing every cluster in that order; a draft of
// another notice refused with its reason; the files never added to this computer's drafts.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Download, Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/universal';
import { countyDrafts } from '../fixtures/drafts/counties';
import { fixtureDrafts } from '../fixtures/drafts';
import { docxPart, xmlText } from '../support/docxRead';
import { pdfText } from '../support/pdfRender';
import { draftFile } from './support/seed';

const names = countyDrafts.map((d) => (d.values as { clusterName: string }).clusterName);
const [xiantao, gucheng, zhijiang] = names as [string, string, string];
const squash = (t: string) => t.replace(/\s+/g, '');
const bytesOf = async (d: Promise<Download>) => new Uint8Array(readFileSync((await (await d).path())!));
/** Positions of each name in the text, which must rise. */
const positions = (text: string, list: readonly string[]) => list.map((n) => squash(text).indexOf(squash(n)));

async function download(page: Page, button: string): Promise<Uint8Array> {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return bytesOf(file);
}

test('three county files imported, ordered, downloaded as PDF, DOCX and XLSX, each with every cluster in order', async ({ page }) => {
  // Hint: three files written (PDF in a worker, Word, Excel); sized for two loaded cores.
  test.setTimeout(240_000);
  await page.goto('./');
  await page.getByRole('link', { name: '汇总各县的草稿，生成推荐汇总表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推荐汇总表（市级汇总）');
  await expect(page.getByText('本机没有草稿')).toBeVisible();

  const files = countyDrafts.map((d, i) => draftFile([d], `县${i + 1}.json`));
  await page.getByLabel('导入各县的草稿文件（可多选）').setInputFiles([...files, draftFile([fixtureDrafts['gd-2023']], '广东.json')]);
  const said = page.getByRole('status').filter({ hasText: '已加入' });
  await expect(said).toContainText('已加入 3 个集群。');
  await expect(said).toContainText('是按粤工信服务函〔2023〕6号填写的，汇总表是鄂经信办函〔2024〕29号的，不同通知的草稿不能汇总在一张表中，未加入。');

  // The official's order: 谷城, 枝江, 仙桃.
  await page.getByRole('button', { name: `下移：${xiantao}` }).click();
  await expect(page.getByRole('button', { name: `下移：${xiantao}` })).toBeFocused();
  await page.getByRole('button', { name: `下移：${xiantao}` }).click();
  const order = [gucheng, zhijiang, xiantao];
  await expect(page.getByRole('table', { name: '汇总表中的集群（按序号）' }).getByRole('rowheader')).toHaveText(order);
  await page.getByLabel('联系人和手机').fill('李明 13912345678');
  expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze().then((r) => r.violations)).toEqual([]);

  const pdf = pdfText(await download(page, '下载汇总表 PDF（打印盖章用）'), { raw: true }).join('');
  expect(squash(pdf)).toContain('2024年度中小企业特色产业集群推荐汇总表');
  expect(squash(pdf)).toContain('联系人和手机：李明13912345678');
  expect(positions(pdf, order)).toEqual([...positions(pdf, order)].sort((a, b) => a - b));
  expect(positions(pdf, order)).not.toContain(-1);

  const docx = xmlText(docxPart(await download(page, '下载汇总表 Word/WPS 文字（可编辑）'), 'word/document.xml'));
  expect(positions(docx, order)).toEqual([...positions(docx, order)].sort((a, b) => a - b));
  expect(positions(docx, order)).not.toContain(-1);

  const [sheet] = await readXlsxFile((await download(page, '下载汇总表 Excel/WPS 表格（可编辑）')).buffer as ArrayBuffer);
  expect(sheet!.data.slice(3).map((r) => [r[0], r[1]])).toEqual(order.map((n, i) => [String(i + 1), n]));

  await page.goto('./');
  await expect(page.getByText('本机还没有草稿')).toBeVisible();
});
