// A complete session — choose a notice, fill every section, save, write the PDF, export the draft — and every
// request it made: all to the site's own origin, all GETs of static files, none carrying what was typed.
import type { FormValues } from '../../src/forms/fieldValues';
import { expect, test } from '@playwright/test';
import { resolveNotice } from '../../src/forms';
import { formSteps, stepFields } from '../../src/wizard/steps';
import { fixtureDrafts } from '../fixtures/drafts';
import { fillField } from './support/fillForm';

test('nothing leaves the device during a complete session', async ({ page, baseURL }) => {
  // Hint: a whole application typed in; over 3 min on two loaded cores (issue 16).
  test.setTimeout(420_000);
  const requests: { method: string; url: URL; body: string | null }[] = [];
  // Hint: a blob: URL names an object in the page's own memory (the PDF worker starts from one), not a server.
  page.on('request', (r) => void (r.url().startsWith('blob:') || requests.push({ method: r.method(), url: new URL(r.url()), body: r.postData() })));
  const { form, notice } = resolveNotice('hb-2024');
  const values = fixtureDrafts['hb-2024'].values as FormValues;

  await page.goto('./');
  await page.getByRole('button', { name: `按此通知开始填写：${notice.documentNumber}` }).click();
  for (const step of formSteps(form)) {
    await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: new RegExp(step.title) }).click();
    for (const field of stepFields(form, step.id)) await fillField(page, form, field, values[field.id]);
  }
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: '核对信息' }).click();
  const pdf = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 PDF' }).click();
  await pdf;
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出草稿' }).click();
  await exported;

  const origin = new URL(baseURL!).origin;
  const typed = ['仙桃', '周晓梅', '0728', '186.40', '非织造布'];
  expect(requests.length).toBeGreaterThan(10);
  for (const r of requests) {
    const where = `${r.method} ${r.url.href}`;
    expect(r.url.origin, where).toBe(origin);
    expect(r.method, where).toBe('GET');
    expect(r.body, where).toBeNull();
    expect(r.url.search, where).toBe('');
    for (const t of typed) expect(decodeURIComponent(r.url.href), where).not.toContain(t);
    expect(r.url.pathname, where).toMatch(/^\/apply\/(|fill\/|privacy\/|sw\.js|manifest\.webmanifest|favicon\.svg|icons\/.+|assets\/.+)$/);
  }
});
