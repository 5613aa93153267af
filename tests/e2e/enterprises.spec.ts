// 一企一表 as an official uses it: download 表1, get 30 enterprises back (one workbook and separate files), import,
// see each problem by file, row and column, fix them, see the totals and the differences with section 二, and keep
// it all through export and import of the draft.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/universal';
import { enterpriseTableOf } from '../../src/forms/enterpriseTable';
import { formVersions } from '../../src/forms/registry';
import { locateTable } from '../../src/enterprises/header';
import { fourEnterprises, generatedEnterprises } from '../fixtures/enterprises';
import { fixtureDrafts } from '../fixtures/drafts';
import { filledWorkbook, XLSX } from './support/enterpriseFiles';
import { seedDraft } from './support/seed';

const gd = fixtureDrafts['gd-2023'];
const form = formVersions['gd-2023'];
const table = enterpriseTableOf(form);
const steps = (page: Page) => page.getByRole('navigation', { name: '填写步骤' });
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);

/** The 30 enterprises, and the same with the mistakes people make: text in a number cell, 万元 in 亿元, one twice. */
function enterprises() {
  const good = generatedEnterprises(form, 30);
  const bad = structuredClone(good);
  bad[2] = { ...bad[2]!, output: { ...bad[2]!.output, '2021': '约5亿' } };
  bad[26] = { ...bad[26]!, output: { ...bad[26]!.output, '2022': '52300' } };
  return { good, bad };
}

const sum2022 = (rows: ReturnType<typeof generatedEnterprises>) => rows.reduce((n, r) => n + Number(r.output!['2022']), 0).toFixed(2);

async function importFiles(page: Page, bad: ReturnType<typeof generatedEnterprises>) {
  const files = [
    { name: '顺德企业汇总.xlsx', mimeType: XLSX, buffer: await filledWorkbook(form, bad.slice(0, 25)) },
    ...(await Promise.all(bad.slice(25).map(async (r) => ({ name: `${r.name}.xlsx`, mimeType: XLSX, buffer: await filledWorkbook(form, [r]) })))),
    { name: '重复报送.xlsx', mimeType: XLSX, buffer: await filledWorkbook(form, [bad[4]!]) },
  ];
  await page.getByLabel(/选择企业发展情况表文件/).setInputFiles(files);
}

test('template, 30 enterprises imported with their problems, fixed, totalled, checked against section 二, kept through export', async ({ page, browser }) => {
  // Hint: about 25 s on an idle machine; the headroom is for a busy 2-core one.
  test.setTimeout(90_000);
  await seedDraft(page, gd);
  await page.goto(`./fill/#/${gd.id}/s2`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('二、主导产业情况', { timeout: 20_000 });
  await steps(page).getByRole('link', { name: '一企一表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('一企一表（企业发展情况表）');

  const template = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载企业发展情况表（表1）模板（Excel）' }).click();
  const sheets = await readXlsxFile(new Uint8Array(readFileSync(await (await template).path())).buffer);
  expect(locateTable(sheets[0]!.data, table)?.columns.size).toBe(table.leaves.length);

  const { good, bad } = enterprises();
  await importFiles(page, bad);
  const plan = page.getByRole('group', { name: '导入前请核对' });
  await expect(plan).toContainText('读取到 31 家企业（7 个来源）');
  await expect(plan.getByRole('region', { name: /需要修改/ })).toContainText(`顺德企业汇总.xlsx 第 7 行 产值（亿元）2021年：请填写数字（填的是“约5亿”`);
  await expect(plan.getByRole('region', { name: /需要修改/ })).toContainText(`重复报送.xlsx 第 5 行 企业名称：与 顺德企业汇总.xlsx 第 9 行 是同一家企业`);
  await expect(plan.getByRole('region', { name: /请核对/ })).toContainText(`${bad[26]!.name}.xlsx 第 5 行 产值（亿元）2022年：52300 亿元，超过 1000 亿元，可能按万元填写了`);
  await plan.getByRole('button', { name: '导入 31 家企业' }).click();
  await expect(page.getByRole('heading', { name: '企业名单（共 31 家）' })).toBeVisible();

  await page.getByRole('button', { name: `删除 第 31 家（${bad[4]!.name}）` }).click();
  await expect(page.getByRole('status').filter({ hasText: '已删除' })).toBeVisible();
  await page.getByRole('button', { name: /^修改：第 3 家.*产值（亿元）2021年：请填写数字/ }).click();
  await page.getByRole('textbox', { name: '产值（亿元）2021年' }).fill(good[2]!.output!['2021']!);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('button', { name: `修改 第 27 家（${bad[26]!.name}）` }).click();
  await page.getByRole('textbox', { name: '产值（亿元）2022年' }).fill(good[26]!.output!['2022']!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '企业名单（共 30 家）' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /需要修改的问题/ })).toHaveCount(0);

  const totalsRow = page.getByRole('row', { name: /^产值（亿元）合计/ });
  await expect(totalsRow.getByRole('cell').nth(3)).toHaveText(sum2022(good));

  await steps(page).getByRole('link', { name: /二、主导产业情况/ }).click();
  const backing = page.getByRole('list', { name: '一企一表：集群总产值（亿元）' });
  const typed = (gd.values as { totalOutput: Record<string, string> }).totalOutput['2022']!;
  await expect(backing.getByRole('listitem').filter({ hasText: '2022年' })).toContainText(`一企一表为 ${sum2022(good)}`);
  await expect(backing.getByRole('listitem').filter({ hasText: '2022年' })).toContainText(`表中填写 ${typed}`);
  await page.getByRole('button', { name: `填入 ${sum2022(good)}（一企一表）：集群总产值（亿元） 2022年` }).click();
  await expect(page.getByRole('group', { name: /确认替换/ })).toContainText(`“${typed}”替换为 ${sum2022(good)}`);
  await page.getByRole('button', { name: '不替换' }).click();
  await expect(page.getByRole('textbox', { name: '集群总产值（亿元） 2022年' })).toHaveValue(typed);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  const file = await (await download).path();
  const fresh = await browser.newContext({ baseURL: new URL('./', page.url()).href.replace(/fill\/.*$/, '') });
  const other = await fresh.newPage();
  await other.goto('./');
  await other.getByLabel('从文件导入草稿').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await other.goto(`./fill/#/${gd.id}/enterprises`);
  await expect(other.getByRole('heading', { name: '企业名单（共 30 家）' })).toBeVisible({ timeout: 20_000 });
  await expect(other.getByRole('row', { name: /^产值（亿元）合计/ }).getByRole('cell').nth(3)).toHaveText(sum2022(good));
  await fresh.close();
});

// Hint: the page's own content (#main); the header and task list around it are checked on every step by accessibility.spec.ts.
const violations = async (page: Page) =>
  (await axe(page).include('#main').analyze()).violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));

test('the page, its import check, its editor and the figures beside section 二 have no accessibility violations', async ({ page }) => {
  test.setTimeout(90_000);
  const draft = { ...gd, enterprises: fourEnterprises(form) };
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${gd.id}/enterprises`);
  // Hint: opening a draft waits on IndexedDB and a tab claim; a busy machine may take longer than the default 5 s.
  await expect(page.getByRole('heading', { name: '企业名单（共 4 家）' })).toBeVisible({ timeout: 20_000 });
  await page.getByLabel(/或粘贴从 WPS/).fill('1\t新企业\t五金\t1\t2\t约3\t4');
  await page.getByRole('button', { name: '读取粘贴的内容' }).click();
  await expect(page.getByRole('group', { name: '导入前请核对' })).toContainText('粘贴内容 第 1 行 产值（亿元）2021年：请填写数字');
  await page.getByRole('button', { name: `修改 第 3 家（${draft.enterprises[2]!.name}）` }).click();
  await expect(page.getByRole('heading', { name: `第 3 家（${draft.enterprises[2]!.name}）` })).toBeFocused();
  // Hint: one run over the page with the import plan, the editor, the list, the totals and the form check all showing.
  expect(await violations(page)).toEqual([]);
  await page.goto(`./fill/#/${gd.id}/s2`);
  await expect(page.getByRole('list', { name: '一企一表：集群总产值（亿元）' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto(`./fill/#/${gd.id}/evidence`);
  const industry = page.getByRole('region', { name: '粤工信服务函〔2023〕6号 附件2 一、主导产业情况' });
  const item2 = industry.getByRole('listitem').filter({ hasText: '由集群内每个企业填写并加盖企业公章' });
  await expect(item2.getByRole('link', { name: '一企一表：已收集 4 家企业的表，去导入或查看' })).toBeVisible();
  await expect(item2.getByRole('button', { name: '下载企业发展情况表（表1）模板（PDF）' })).toBeVisible();
  const item3 = industry.getByRole('listitem').filter({ hasText: '统计汇总表' });
  const summary = page.waitForEvent('download');
  await item3.getByRole('button', { name: '下载统计汇总表（Excel）' }).click();
  expect((await summary).suggestedFilename()).toBe('佛山市顺德区中小企业特色产业集群（小家电产业）-企业发展情况表统计汇总表.xlsx');
});

test('offline after one visit: import pasted rows and write the 统计汇总表 as Excel and PDF', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '已可离线使用' })).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: '按此通知开始填写：粤工信服务函〔2023〕6号' }).click();
  await steps(page).getByRole('link', { name: '一企一表' }).click();
  await page.getByLabel(/或粘贴从 WPS/).fill('1\t佛山市顺德区美嘉电器有限公司\t小家电\t12.5\t13.2\t14.85\t16.3');
  await page.getByRole('button', { name: '读取粘贴的内容' }).click();
  await page.getByRole('button', { name: '导入 1 家企业' }).click();
  for (const [button, name] of [
    ['下载统计汇总表（Excel）', '未命名集群-企业发展情况表统计汇总表.xlsx'],
    ['下载统计汇总表（PDF）', '未命名集群-企业发展情况表统计汇总表.pdf'],
  ] as const) {
    const file = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    expect((await file).suggestedFilename()).toBe(name);
  }
});
