// Tolerant reading in the browser: a profile holding a good draft beside a damaged record, a newer app's draft,
// one of an unknown notice, one whose id has a lone surrogate and a prototype (version 0) draft lists all six,
// exports all six, saves the old one and repairs the odd id; a GBK file is read as GBK, said so, and replacing
// with it says how many fields change.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const good = fixtureDrafts['gd-2023'];
const sc = fixtureDrafts['sc-2023'];
const LONE = 'bad\ud800id';

/** Records as other versions of the app (or a damaged disk) left them, written straight into IndexedDB. */
function oddRecords() {
  const summary = (id: string, extra: object) => ({ id, noticeId: 'sc-2023', updatedAt: '2024-05-01T08:00:00.000Z', clusterName: id, revision: 2, ...extra });
  return [
    { id: 'broken-1', draft: 'garbage', summary: 'garbage' },
    { id: 'from-2030', draft: { ...sc, id: 'from-2030', version: 99 }, summary: summary('from-2030', { schemaVersion: 99, clusterName: '新版本保存的集群' }) },
    { id: 'zj-2030', draft: { ...sc, id: 'zj-2030', noticeId: 'zj-2030' }, summary: summary('zj-2030', { noticeId: 'zj-2030' }) },
    { id: LONE, draft: { ...sc, id: LONE, values: { ...sc.values, clusterName: '编号有误的集群' } }, summary: summary(LONE, { schemaVersion: 1, clusterName: '编号有误的集群' }) },
    {
      id: 'old-1',
      draft: { id: 'old-1', noticeId: 'sc-2023', savedAt: '2023-07-01T08:00:00.000Z', values: { area: 12.5, clusterName: '原型版的集群' } },
      summary: { id: 'old-1', noticeId: 'sc-2023', clusterName: '原型版的集群', updatedAt: '2023-07-01T08:00:00.000Z' },
    },
  ];
}

async function writeRaw(page: Page, records: ReturnType<typeof oddRecords>) {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('jiqun-shenbao', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction(['drafts', 'summaries'], 'readwrite');
          for (const r of records) {
            tx.objectStore('drafts').put(r.draft, r.id);
            tx.objectStore('summaries').put(r.summary, r.id);
          }
          tx.oncomplete = () => (open.result.close(), resolve());
        };
      }),
    records,
  );
}

test('every stored record is listed and exported, none hides another; an old one saves, an odd id is repaired', async ({ page }) => {
  await seedDraft(page, good);
  await writeRaw(page, oddRecords());
  await page.reload();
  await expect(page.getByRole('row')).toHaveCount(7);
  await expect(page.getByRole('row', { name: /无法读取的草稿（编号 broken-1）/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /新版本保存的集群/ })).toContainText('请更新应用');
  await expect(page.getByRole('row', { name: /zj-2030/ })).toContainText('请更新应用');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出全部草稿' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { drafts: { id: string }[]; unreadable: { id: string; stored: unknown }[] };
  expect(file.drafts.map((d) => d.id).sort()).toEqual(['fixture-gd-2023', 'old-1']);
  expect(file.unreadable.map((u) => u.id).sort()).toEqual(['broken-1', 'from-2030', 'zj-2030', LONE].sort());
  expect(file.unreadable.find((u) => u.id === 'broken-1')?.stored).toBe('garbage');
  await expect(page.getByRole('status').filter({ hasText: '已导出 6 份草稿' })).toBeVisible();

  await page.getByRole('link', { name: '原型版的集群' }).click();
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /一、基本情况/ }).click();
  await page.getByRole('textbox', { name: '集群占地面积（平方公里）', exact: true }).fill('12.80');
  await expect(page.getByText(/已保存 \d\d:\d\d/)).toBeVisible();

  await page.goto('./');
  await page.getByRole('button', { name: /修复编号后打开：编号有误的集群/ }).click();
  await expect(page.getByRole('textbox', { name: '集群名称', exact: true })).toHaveValue('编号有误的集群');
  await page.goto('./');
  await expect(page.getByRole('link', { name: '编号有误的集群' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(7);
});

test('a file saved as GBK by another program: read as GB18030, said so, and replacing shows the fields that change', async ({ page }) => {
  await seedDraft(page, good);
  await page.getByLabel('从文件导入草稿').setInputFiles({ name: '草稿.json', mimeType: 'application/json', buffer: readFileSync('tests/e2e/fixtures/draft-gb18030.json') });
  await expect(page.getByRole('status').filter({ hasText: '已按 GB18030（GBK）编码读取' })).toBeVisible();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('替换将改变 2 项填写内容');
  await expect(ask).toContainText('集群占地面积');
  await ask.getByRole('button', { name: '替换本机草稿' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已替换本机草稿' })).toBeVisible();
  await page.goto(`./fill/#/${good.id}/s2`);
  await expect(page.getByRole('textbox', { name: '集群产业链培育和招商情况（200字以内）', exact: true })).toHaveValue(
    '另一程序以GBK另存的版本：集群以厨房小家电为主导，招引配套项目25个。',
  );
});
