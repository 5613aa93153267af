// A new version of the app, applied from one tab with 「保存后刷新」 while the official types in another: the
// update waits until the typing tab is saved and idle, that tab never reloads under the typing, and every
// keystroke is there afterwards (issue 16: 17 keystrokes were lost). Served from a copy of the site of its own,
// whose sw.js this test changes to make a new version.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const port = Number(process.env.E2E_PORT ?? 4329) + 2000;
const draft = fixtureDrafts['gd-2023'];
const ORIGINAL = draft.values.chainNarrative as string;
const narrative = (page: Page) => page.getByRole('textbox', { name: '集群产业链培育和招商情况（200字以内）', exact: true });
const offlineReady = (page: Page) => expect(page.getByRole('status').filter({ hasText: '已可离线使用' })).toBeVisible({ timeout: 90_000 });
/** Whether the page is still the one loaded before the update (a reload clears the mark). */
const stillOld = (page: Page) => page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage === true).catch(() => false);

let dir = '';
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jiqun-update-'));
  cpSync('.e2e-site', dir, { recursive: true });
  // Hint: --dev serves each file as it is on disk now, so the changed sw.js is seen at once.
  server = spawn(join('node_modules', '.bin', 'sirv'), [dir, '--host', '127.0.0.1', '--port', String(port), '--dev', '--quiet'], { stdio: 'ignore' });
  await expect.poll(() => fetch(`http://127.0.0.1:${port}/apply/`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('「保存后刷新」 in one tab waits for the tab being typed in, which reloads only after the typing, with every key', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}/apply/` });
  const typist = await context.newPage();
  await seedDraft(typist, draft);
  await offlineReady(typist);
  await typist.goto(`./fill/#/${draft.id}/s2`);
  const other = await context.newPage();
  await other.goto('./');
  await offlineReady(other);

  appendFileSync(join(dir, 'apply', 'sw.js'), '\n// 新版本\n');
  await other.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await other.getByRole('button', { name: '保存后刷新' }).waitFor({ timeout: 60_000 });
  await typist.evaluate(() => ((window as unknown as { oldPage?: boolean }).oldPage = true));

  await narrative(typist).click();
  await typist.keyboard.press('Control+End');
  const text = '新版本就绪时仍在输入的一句话';
  const typing = typist.keyboard.type(text, { delay: 250 });
  await expect(narrative(typist)).toHaveValue(/新版本/);
  await other.getByRole('button', { name: '保存后刷新' }).click();
  await expect(other.getByRole('status').filter({ hasText: '正在等待其他 1 个标签页保存并停止输入' })).toBeVisible();
  await typing;
  expect(await stillOld(typist)).toBe(true);

  await expect.poll(() => stillOld(typist), { timeout: 60_000 }).toBe(false);
  await expect(narrative(typist)).toHaveValue(ORIGINAL + text);
  await context.close();
});
