// VolumeActions as an official uses it, on the harness page (the 佐证材料清单 page's wiring is the lead's): build the
// volume from a PDF, a sideways JPEG, a PNG, a 自我声明 and a 待准备 item, with the 申报表 bound in front; read the
// download back (pages, index ranges, outline, qpdf); bad files listed by name with nothing downloaded; focus on
// the result; axe 0 in each state. Run: npx playwright test --config bench/evidence/playwright.config.ts component.spec.ts
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const axe = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).exclude('#status').analyze();
const use = (page: Page, kind: 'small' | 'bad') => page.evaluate((k) => (window as unknown as { volumeHarness: { use: (k: string) => Promise<unknown> } }).volumeHarness.use(k), kind);
const squash = (t: string) => t.replace(/\s+/g, '');

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
});

test('the volume with the 申报表 in front: progress, then the file named and downloaded, focus on the result', async ({ page }) => {
  await use(page, 'small');
  expect((await axe(page)).violations).toEqual([]);
  await page.getByRole('checkbox', { name: '在前面装订申报表（装订成册）' }).check();
  const download = page.waitForEvent('download');
  const button = page.getByRole('button', { name: '生成佐证材料汇编 PDF' });
  await button.click();
  await expect(page.getByRole('progressbar', { name: '佐证材料汇编生成进度' })).toBeVisible();
  const done = page.getByRole('status').filter({ hasText: '已生成“孝感市汽车零部件产业集群-佐证材料汇编.pdf”' });
  await expect(done).toBeVisible({ timeout: 60_000 });
  await expect(done).toBeFocused();
  await expect(done.getByRole('link', { name: /再次下载/ })).toHaveAttribute('download', '孝感市汽车零部件产业集群-佐证材料汇编.pdf');
  expect((await axe(page)).violations).toEqual([]);

  const file = await (await download).path();
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  const pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  const cover = pages.findIndex((p) => squash(p).startsWith('佐证材料汇编'));
  expect(cover).toBeGreaterThan(0); // the 申报表 comes first
  // cover + index + 2 PDF pages + JPG + PNG + 自我声明
  expect(pages.length - cover).toBe(1 + 1 + 2 + 1 + 1 + 1);
  const index = squash(pages[cover + 1]!);
  expect(index).toContain('附件1园区认定文件3–4');
  expect(index).toContain('附件2公共服务平台照片5');
  expect(index).toContain('附件3产业链图谱6');
  expect(index).toContain('附件5专精特新企业名单待准备待准备');
  expect(squash(pages[cover + 4]!)).toContain('附件2公共服务平台照片');
  expect(squash(pages[cover + 6]!)).toContain('申报主体自我声明');
  const outline = execFileSync('mutool', ['show', file, 'outline'], { encoding: 'utf8' });
  for (const t of ['申报表', '封面', '目录', '附件1　园区认定文件', '附件4　主导产业产值占比说明（自我声明）', '附件5　专精特新企业名单（待准备）']) expect(outline).toContain(t);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
});

test('bad files are each named with their item, nothing is downloaded, and the list takes focus', async ({ page, context }) => {
  await context.route('https://example.com/**', (r) => r.fulfill({ status: 200, body: 'leaked' }));
  await use(page, 'bad');
  let downloads = 0;
  page.on('download', () => downloads++);
  // The worker is started (and warmed up) once the page is idle, before any click.
  await page.waitForFunction(() => performance.getEntriesByName('evidence-warm').length > 0, undefined, { timeout: 60_000 });
  expect(page.workers()).toHaveLength(1);
  await page.getByRole('button', { name: '生成佐证材料汇编 PDF' }).click();
  // The volume worker runs under the page's policy (src/workers/policyWorker.ts): another origin is refused.
  const worker = page.workers()[0]!;
  expect(worker.url()).toMatch(/^blob:/);
  const probe = await worker.evaluate(async () => {
    const violation = new Promise<string>((ok) => self.addEventListener('securitypolicyviolation', (e) => ok((e as SecurityPolicyViolationEvent).effectiveDirective)));
    const result = await fetch('https://example.com/collect').then(() => 'sent', () => 'blocked');
    return { result, directive: await violation };
  });
  expect(probe).toEqual({ result: 'blocked', directive: 'connect-src' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('有 2 个文件无法装订，未生成汇编', { timeout: 60_000 });
  await expect(alert).toContainText('附件1（园区认定文件）的“损坏的证书.pdf”已损坏');
  await expect(alert).toContainText('附件1（园区认定文件）的“空照片.jpg”是空文件');
  await expect(alert).toBeFocused();
  expect((await axe(page)).violations).toEqual([]);
  expect(downloads).toBe(0);
});
