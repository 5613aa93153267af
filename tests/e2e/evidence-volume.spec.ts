// 佐证材料汇编 on the real 佐证材料清单 page (issue 12): a PDF, a JPG and a PNG attached to three items, one item
// 自我声明; the volume downloaded and read back — pages = cover + 目录 + the PDF's pages + one page per image + the
// declaration page; the 目录's ranges where each 附件 really starts; an outline entry per item; qpdf clean.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { readOutline } from '../support/volumeRead';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const draft = fixtureDrafts['hb-2024'];
const fixture = (name: string, mimeType: string, as = name) => ({ name: as, mimeType, buffer: readFileSync(new URL(`../fixtures/evidence/${name}`, import.meta.url)) });
const item = (page: Page, n: number) => page.locator(`#evidence-item-${n}`);
const status = (page: Page, n: number) => item(page, n).locator('.item-status');
const picker = (page: Page, n: number) => page.getByLabel(new RegExp(`^为 附件${n} .* 添加文件$`));

test('the volume of three attached files and a 自我声明, read back page by page', async ({ page }, info) => {
  // Hint: three files checked in a worker, then the volume in another; minutes on two loaded cores.
  test.setTimeout(240_000);
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('佐证材料清单', { timeout: 30_000 });
  await picker(page, 1).setInputFiles(fixture('certificate.pdf', 'application/pdf', '营业执照.pdf'));
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
  await picker(page, 2).setInputFiles(fixture('photo.jpg', 'image/jpeg', '现场照片.jpg'));
  await expect(status(page, 2)).toHaveText('已附 1 个文件');
  await picker(page, 3).setInputFiles(fixture('scan.png', 'image/png', '证书扫描件.png'));
  await expect(status(page, 3)).toHaveText('已附 1 个文件');
  await item(page, 4).getByRole('button', { name: /^标记为自我声明/ }).click();
  await expect(status(page, 4)).toHaveText('自我声明');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成佐证材料汇编 PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('湖北省仙桃市非织造布产业-佐证材料汇编.pdf');
  await expect(page.getByRole('status').filter({ hasText: '已生成“湖北省仙桃市非织造布产业-佐证材料汇编.pdf”' })).toBeFocused();
  const bytes = new Uint8Array(readFileSync(await file.path()));
  const path = info.outputPath('volume.pdf');
  writeFileSync(path, bytes);

  const doc = await PDFDocument.load(bytes);
  const certificatePages = (await PDFDocument.load(readFileSync(new URL('../fixtures/evidence/certificate.pdf', import.meta.url)))).getPageCount();
  const pages = execFileSync('pdftotext', ['-raw', path, '-']).toString().split('\f').map((t) => t.replace(/\s+/g, ''));
  // Hint: a full draft's 目录 runs over several pages (every item is listed, 待准备 ones too).
  const indexPages = doc.getPageCount() - (1 + certificatePages + 2 + 1);
  expect(indexPages).toBeGreaterThan(0);
  pages.slice(1, 1 + indexPages).forEach((p) => expect(p).toMatch(/附件\d+/));
  const outline = await readOutline(bytes);
  const starts = [1, 2, 3, 4].map((n) => outline.find((o) => o.title.startsWith(`附件${n}`))?.page ?? -1);
  // Cover, 目录, then 附件1 at once: pages = cover + 目录 + the PDF's pages + one per image + the declaration page.
  expect(starts[0]).toBe(1 + indexPages);
  expect(starts.slice(1)).toEqual([1 + indexPages + certificatePages, 2 + indexPages + certificatePages, 3 + indexPages + certificatePages]);
  // The 目录's range for each 附件 is where the outline opens it, counted as printed (the cover is 第 1 页).
  const index = pages.slice(1, 1 + indexPages).join('');
  const ranges = [`${starts[0]! + 1}–${starts[0]! + certificatePages}`, `${starts[1]! + 1}`, `${starts[2]! + 1}`, `${starts[3]! + 1}`];
  ranges.forEach((range, i) => expect(index).toMatch(new RegExp(`附件${i + 1}[^附]*${range}`)));
  expect(pages[starts[3]!]).toContain('申报主体（盖章）');
  execFileSync('qpdf', ['--check', path]);
});
