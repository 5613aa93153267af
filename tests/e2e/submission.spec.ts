// A county's submission: the PDF's message links to 「报送材料」; the 推荐汇总表 answers (the 简介 drafted from the
// form's figures, asked before replacing what was typed); 「报送材料」 with its ticks kept in the draft; the 电子版光盘
// zip — its entries listed and checked (names in UTF-8 with the flag set, sizes, the draft file importing back to the
// draft 「导出草稿」 gives).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseImportFile } from '../../src/storage/file';
import { fixtureDrafts } from '../fixtures/drafts';
import { zipDirectory } from '../support/zipRead';
import { seedDraft } from './support/seed';

const hb = fixtureDrafts['hb-2024'];
const steps = (page: Page) => page.getByRole('navigation', { name: '填写步骤' });
const saved = (page: Page) => expect(page.locator('.save-status')).toHaveText(/已保存/, { timeout: 15_000 });
const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze().then((r) => r.violations);

test('after the PDF, the 简介 drafted without replacing what was typed, and the 报送 ticks kept', async ({ page }) => {
  // Hint: a PDF, two axe runs and a reload; 90 s ran out at a load average of 25 (CI's burners beside other work).
  test.setTimeout(240_000);
  await seedDraft(page, hb);
  await page.goto(`./fill/#/${hb.id}/review`);
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PDF' }).click();
  await pdf;
  await expect(page.getByRole('link', { name: '报送材料' }).last()).toHaveAttribute('href', `#/${hb.id}/submit`);
  await expect(page.locator('.pdf-done')).toContainText('下一步：报送材料');
  await steps(page).getByRole('link', { name: '推荐汇总表' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('推荐汇总表', { timeout: 20_000 });
  await page.getByRole('textbox', { name: '主导产业' }).fill('非织造布');
  await page.getByRole('textbox', { name: '集群成立时间' }).fill('2010年');
  const intro = page.getByRole('textbox', { name: '集群简介（300字以内）' });
  await intro.fill('我写的简介。');
  await page.getByRole('button', { name: '根据已填数据起草' }).click();
  const offer = page.getByRole('alertdialog');
  await expect(offer).toContainText('集群以非织造布为主导产业');
  await offer.getByRole('button', { name: '保留我写的内容' }).click();
  await expect(intro).toHaveValue('我写的简介。');
  await page.getByRole('button', { name: '根据已填数据起草' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: '用起草的内容替换' }).click();
  await expect(intro).toHaveValue(/^集群以非织造布为主导产业，【待补充：主导产业链条描述】，【待补充：行业地位】，已被认定为省级中小企业特色产业集群。2023年，集群总产值236\.12亿元/);
  await expect(page.getByRole('status').filter({ hasText: '需要您补充' })).toContainText('2 处');
  expect(await axe(page)).toEqual([]);

  await steps(page).getByRole('link', { name: '报送材料' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报送材料');
  await page.getByRole('checkbox', { name: '已盖章：中小企业特色产业集群申报表' }).check();
  await saved(page);
  expect(await axe(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '已盖章：中小企业特色产业集群申报表' })).toBeChecked({ timeout: 20_000 });
});

test('the 光盘 zip checked entry by entry, its draft file the one 「导出草稿」 gives', async ({ page }) => {
  test.setTimeout(240_000);
  const answers = { leadingIndustry: '非织造布', foundedIn: '2010年', intro: '集群以非织造布为主导产业。', ticks: { 'form:stamped': true } };
  const withAnswers = { ...hb, submission: answers };
  await seedDraft(page, withAnswers);
  await page.goto(`./fill/#/${hb.id}/submit`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报送材料', { timeout: 20_000 });
  const zipped = page.waitForEvent('download');
  await page.getByRole('listitem').filter({ hasText: '电子版光盘1份' }).getByRole('button', { name: '生成电子版光盘文件夹（.zip）' }).click();
  const zip = new Uint8Array(readFileSync((await (await zipped).path())!));
  await expect(page.getByRole('status').filter({ hasText: '申报材料电子版.zip' }).first()).toContainText('6 个文件');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  const exportedText = readFileSync((await (await exported).path())!, 'utf8');

  const folder = '湖北省仙桃市非织造布产业-申报材料电子版/';
  const dir = zipDirectory(zip);
  expect(dir.map((e) => e.name.slice(folder.length))).toEqual([
    '00-目录.txt',
    '01-湖北省仙桃市非织造布产业-申报表.pdf',
    '02-湖北省仙桃市非织造布产业-申报表（可编辑）.docx',
    '03-湖北省仙桃市非织造布产业-推荐汇总表.pdf',
    '04-湖北省仙桃市非织造布产业-推荐汇总表.xlsx',
    '05-湖北省仙桃市非织造布产业-草稿（可导入集群申报助手）.json',
  ]);
  expect(dir.every((e) => e.name.startsWith(folder) && e.flags & 0x800 && e.localFlags & 0x800)).toBe(true);
  const files = unzipSync(zip);
  expect(dir.map((e) => files[e.name]!.length)).toEqual(dir.map((e) => e.size));
  expect(dir.slice(1, 5).map((e) => strFromU8(files[e.name]!.slice(0, 4)))).toEqual(['%PDF', 'PK\u0003\u0004', '%PDF', 'PK\u0003\u0004']);
  expect(dir[1]!.size).toBeGreaterThan(100_000);
  const catalog = strFromU8(files[dir[0]!.name]!);
  for (const e of dir.slice(1)) expect(catalog).toContain(e.name.slice(folder.length));

  const fromZip = await parseImportFile(strFromU8(files[dir[5]!.name]!));
  const fromExport = await parseImportFile(exportedText);
  const draftOf = (p: typeof fromZip) => (p.ok && p.items[0]!.ok ? p.items[0]!.draft : undefined);
  expect(draftOf(fromZip)).toEqual(draftOf(fromExport));
  expect(draftOf(fromZip)).toMatchObject({ values: hb.values, submission: answers });
});
