// 佐证材料 files (issue 12): a PDF, a JPG and a PNG attached to three items stay through a reload with their
// statuses; 不适用 with a reason and 自我声明 are kept with the draft; a 0-byte file, a TIFF and a password-protected
// PDF are refused each with its message while the other files stay; the page passes axe with files showing.
// Hint: the folder test picks tests/fixtures/evidence/ whole; the volume's own fixtures live in tests/fixtures/volume/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const draft = fixtureDrafts['hb-2024'];
const fixture = (name: string, mimeType: string, as = name) => ({ name: as, mimeType, buffer: readFileSync(new URL(`../fixtures/evidence/${name}`, import.meta.url)) });
const item = (page: Page, n: number) => page.locator(`#evidence-item-${n}`);
const status = (page: Page, n: number) => item(page, n).locator('.item-status');
const picker = (page: Page, n: number) => page.getByLabel(new RegExp(`^为 附件${n} .* 添加文件$`));
const saved = (page: Page) => expect(page.locator('.save-status')).toHaveText(/已保存/, { timeout: 15_000 });
const steps = (page: Page) => page.getByRole('navigation', { name: '填写步骤' });

test('files on three items stay through a reload; 不适用 and 自我声明 are kept; bad files are refused by name', async ({ page }) => {
  test.setTimeout(180_000);
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('佐证材料清单');
  await expect(status(page, 1)).toHaveText('待准备');

  await picker(page, 1).setInputFiles(fixture('certificate.pdf', 'application/pdf', '营业执照:副本.pdf'));
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
  await picker(page, 2).setInputFiles(fixture('photo.jpg', 'image/jpeg', '现场照片.jpg'));
  await picker(page, 3).setInputFiles(fixture('scan.png', 'image/png', '证书扫描件.png'));
  await expect(status(page, 2)).toHaveText('已附 1 个文件');
  await expect(status(page, 3)).toHaveText('已附 1 个文件');
  await expect(item(page, 1).getByRole('list', { name: /已附的文件$/ }).getByRole('listitem')).toContainText(['营业执照:副本.pdf1.8 KB，2 页删除']);

  await item(page, 4).getByRole('button', { name: /^标记为不适用/ }).click();
  await item(page, 4).getByRole('button', { name: '确定' }).click();
  await expect(item(page, 4).getByRole('alert')).toHaveText('请填写不适用的理由，例如“集群内没有上市企业”。');
  await item(page, 4).getByLabel(/^不适用的理由/).fill('集群内没有此类平台');
  await item(page, 4).getByRole('button', { name: '确定' }).click();
  await expect(status(page, 4)).toHaveText('不适用（集群内没有此类平台）');
  await item(page, 5).getByRole('button', { name: /^标记为自我声明/ }).click();
  await expect(status(page, 5)).toHaveText('自我声明');
  await expect(item(page, 5).getByRole('button', { name: /^打印自我声明页/ })).toBeVisible();

  await picker(page, 1).setInputFiles([
    { name: '空白.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) },
    fixture('scan.tif', 'image/tiff', '扫描.tif'),
    fixture('protected.pdf', 'application/pdf', '加密文件.pdf'),
  ]);
  const notes = item(page, 1).locator('.evidence-notes');
  await expect(notes).toContainText('「空白.pdf」是空文件（0 字节）');
  await expect(notes).toContainText('「扫描.tif」是 TIFF 图片');
  await expect(notes).toContainText('「加密文件.pdf」这个 PDF 设有密码或加密保护');
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
  await saved(page);

  await page.reload();
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
  await expect(status(page, 2)).toHaveText('已附 1 个文件');
  await expect(status(page, 3)).toHaveText('已附 1 个文件');
  await expect(status(page, 4)).toHaveText('不适用（集群内没有此类平台）');
  await expect(status(page, 5)).toHaveText('自我声明');
  await expect(item(page, 2)).toContainText('现场照片.jpg');
  await expect(steps(page).getByRole('link', { name: /^佐证材料清单/ })).toContainText(/已备 5\/\d+/);
  await expect(page.locator('.evidence-total')).toContainText('本草稿已附 3 个文件');

  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.evidence-meta')).toContainText(`集群名称：${(draft.values as { clusterName: string }).clusterName}`);
  await expect(page.locator('.evidence-meta')).toContainText('日期：');
  await expect(picker(page, 1).locator('..')).toBeHidden();
  await expect(status(page, 4)).toBeVisible();
});

test('a deleted file comes back with 撤销; a file over 20 MB is asked about first', async ({ page }) => {
  test.setTimeout(180_000);
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await picker(page, 2).setInputFiles(fixture('photo.jpg', 'image/jpeg', '现场照片.jpg'));
  await expect(status(page, 2)).toHaveText('已附 1 个文件');
  await item(page, 2).getByRole('button', { name: /^删除 现场照片\.jpg/ }).click();
  await expect(status(page, 2)).toHaveText('待准备');
  await item(page, 2).getByRole('button', { name: '撤销' }).click();
  await expect(status(page, 2)).toHaveText('已附 1 个文件');

  const big = Buffer.alloc(21 * 1024 * 1024);
  readFileSync(new URL('../fixtures/evidence/photo.jpg', import.meta.url)).copy(big);
  await picker(page, 3).setInputFiles({ name: '航拍原图.jpg', mimeType: 'image/jpeg', buffer: big });
  const ask = page.getByRole('alertdialog', { name: '文件较大' });
  await expect(ask).toContainText('「航拍原图.jpg」有 21 MB，超过 20 MB');
  await ask.getByRole('button', { name: '不添加' }).click();
  await expect(item(page, 3).locator('.evidence-notes')).toContainText('「航拍原图.jpg」没有添加');
  await expect(status(page, 3)).toHaveText('待准备');
});

/** Every stored file's name and SHA-256, read from the page's own database. */
const storedHashes = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const q = indexedDB.open('jiqun-shenbao-files');
      q.onsuccess = () => ok(q.result);
    });
    const all = await new Promise<{ name: string; blob: Blob }[]>((ok) => {
      const q = db.transaction('files').objectStore('files').getAll();
      q.onsuccess = () => ok(q.result as { name: string; blob: Blob }[]);
    });
    db.close();
    const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('');
    return (await Promise.all(all.map(async (f) => [f.name, hex(await crypto.subtle.digest('SHA-256', await f.blob.arrayBuffer()))]))).sort();
  });

test('the draft package (.zip) carries the files: imported in a fresh profile, each file is identical (hash)', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await picker(page, 1).setInputFiles(fixture('certificate.pdf', 'application/pdf', '营业执照:副本.pdf'));
  await picker(page, 2).setInputFiles([fixture('photo.jpg', 'image/jpeg', '现场照片.jpg'), fixture('scan.png', 'image/png', '证书扫描件.png')]);
  await expect(status(page, 2)).toHaveText('已附 2 个文件');
  await expect(page.getByText('「导出草稿」只导出填写内容（.json），不含附件')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿和附件（.zip）' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/（含附件）\.zip$/);
  const zipPath = await download.path();

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto('./');
  await fresh.getByLabel('从文件导入草稿').setInputFiles(zipPath);
  await expect(fresh.getByRole('status').filter({ hasText: '已恢复 3 个附件。' })).toBeVisible();
  const sha = (name: string) => createHash('sha256').update(readFileSync(new URL(`../fixtures/evidence/${name}`, import.meta.url))).digest('hex');
  expect(await storedHashes(fresh)).toEqual([['现场照片.jpg', sha('photo.jpg')], ['营业执照:副本.pdf', sha('certificate.pdf')], ['证书扫描件.png', sha('scan.png')]].sort());
  await fresh.goto(`./fill/#/${draft.id}/evidence`);
  await expect(status(fresh, 1)).toHaveText('已附 1 个文件');
  await expect(status(fresh, 2)).toHaveText('已附 2 个文件');
  await other.close();
});

test('a deleted draft’s files come back with 撤销, are swept once the 撤销 window has passed, and go with 清除本机全部数据', async ({ page }) => {
  test.setTimeout(180_000);
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await picker(page, 1).setInputFiles(fixture('photo.jpg', 'image/jpeg', '现场照片.jpg'));
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
  await page.goto('./');
  await page.getByRole('button', { name: /^删除：/ }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已撤销删除。' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^删除：/ })).toBeVisible();
  expect(await storedHashes(page)).toHaveLength(1);

  await page.getByRole('button', { name: /^删除：/ }).click();
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('本机还没有草稿')).toBeVisible();
  // Hint: within the 撤销 window (10 minutes) a later visit keeps the files; after it, the sweep deletes them.
  expect(await storedHashes(page)).toHaveLength(1);
  await page.clock.install({ time: new Date(Date.now() + 11 * 60_000) });
  await page.reload();
  await expect(page.getByText('本机还没有草稿')).toBeVisible();
  await expect.poll(() => storedHashes(page)).toEqual([]);

  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await picker(page, 1).setInputFiles(fixture('photo.jpg', 'image/jpeg', '现场照片.jpg'));
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
  await page.goto('./privacy/');
  await page.getByRole('button', { name: '清除本机全部数据' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '佐证材料附件' })).toBeVisible();
  expect((await page.evaluate(() => indexedDB.databases())).map((d) => d.name)).not.toContain('jiqun-shenbao-files');
});

test('the file-checking worker runs under the page’s policy: a fetch to another origin from inside it is refused', async ({ page, context }) => {
  await context.route('https://example.com/**', (r) => r.fulfill({ status: 200, body: 'leaked' }));
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  const started = page.waitForEvent('worker');
  await picker(page, 1).setInputFiles(fixture('certificate.pdf', 'application/pdf'));
  const worker = await started;
  expect(worker.url()).toMatch(/^blob:/);
  const outcome = await worker.evaluate(async () => {
    const violation = new Promise<string>((ok) => self.addEventListener('securitypolicyviolation', (e) => ok((e as SecurityPolicyViolationEvent).effectiveDirective)));
    const result = await fetch('https://example.com/collect').then(() => 'sent', () => 'blocked');
    return { result, directive: await violation };
  });
  expect(outcome).toEqual({ result: 'blocked', directive: 'connect-src' });
  await expect(status(page, 1)).toHaveText('已附 1 个文件');
});

test('a picked folder attaches each PDF, JPG and PNG in it, and names each file it refuses', async ({ page }) => {
  test.setTimeout(120_000);
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  await page.getByLabel(/^为 附件6 .* 添加文件夹中的全部文件$/).setInputFiles(new URL('../fixtures/evidence/', import.meta.url).pathname);
  await expect(status(page, 6)).toHaveText('已附 3 个文件');
  const notes = item(page, 6).locator('.evidence-notes');
  await expect(notes).toContainText('已添加 3 个文件。');
  await expect(notes).toContainText('「protected.pdf」这个 PDF 设有密码或加密保护');
  await expect(notes).toContainText('「truncated.pdf」这个 PDF 文件已损坏或不完整');
  await expect(notes).toContainText('「scan.tif」是 TIFF 图片');
  await expect(item(page, 6).getByRole('list', { name: /已附的文件$/ }).locator('.file-name')).toHaveText(['certificate.pdf', 'photo.jpg', 'scan.png']);
});

test('a file dropped onto an item is attached to that item', async ({ page }) => {
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/evidence`);
  const png = [...readFileSync(new URL('../fixtures/evidence/scan.png', import.meta.url))];
  const dropped = await page.evaluateHandle((bytes) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], '拖入的扫描件.png', { type: 'image/png' }));
    return data;
  }, png);
  await item(page, 7).dispatchEvent('dragover', { dataTransfer: dropped });
  await item(page, 7).dispatchEvent('drop', { dataTransfer: dropped });
  await expect(status(page, 7)).toHaveText('已附 1 个文件');
  await expect(item(page, 7)).toContainText('拖入的扫描件.png');
  await expect(status(page, 8)).toHaveText('待准备');
});
