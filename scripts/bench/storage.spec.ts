// Storage benchmark in headless Chromium on real IndexedDB: save latency of a full draft (autosave's
// 'draft-save' measures while typing) and the time to show a list of 200 drafts. Writes bench/results/storage-browser.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fixtureDrafts } from '../../tests/fixtures/drafts';
import { draftFile, seedDraft } from '../../tests/e2e/support/seed';

const results: Record<string, unknown> = { measuredAt: new Date().toISOString(), engine: 'headless Chromium, IndexedDB' };
const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * q) - 1] ?? NaN;

test('save latency of a full draft', async ({ page }) => {
  const draft = fixtureDrafts['hb-2024'];
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/s1`);
  const box = page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true });
  for (let i = 0; i < 40; i++) {
    await box.fill(`${36 + i}.50`);
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  }
  const saves = await page.evaluate(() => performance.getEntriesByName('draft-save').map((e) => e.duration));
  results['save'] = { saves: saves.length, p50Ms: pct(saves, 0.5), p95Ms: pct(saves, 0.95), targetP95Ms: 20, draftBytes: JSON.stringify(draft).length };
});

test('showing a list of 200 drafts', async ({ page }) => {
  const base = fixtureDrafts['sc-2023'];
  const drafts = Array.from({ length: 200 }, (_, i) => ({ ...base, id: `bench-${i}`, values: { ...base.values, clusterName: `基准测试集群 ${i + 1}` } }));
  await page.goto('./');
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile(drafts));
  await expect(page.getByRole('row')).toHaveCount(201, { timeout: 60_000 });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await page.reload();
    await expect(page.getByRole('row')).toHaveCount(201);
    times.push(Date.now() - t0);
  }
  results['list200'] = { runs: times, medianMs: pct(times, 0.5), note: 'page reload until the 200 rows are rendered' };
});

test.afterAll(() => {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/storage-browser.json', JSON.stringify(results, null, 2) + '\n');
});
