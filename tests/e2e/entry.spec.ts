// Filling the tables as fast as in a spreadsheet: a row and a block pasted from Excel/WPS land in the right cells
// (and can be undone), Enter moves down a column, computed values and published figures are offered with one
// click and never applied unasked, and the unit of every cell is shown and read out.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map((v) => v.id);

/** Open a step of a seeded draft. Hint: opening waits on IndexedDB, slow on a busy 2-core machine. */
async function open(page: Page, draftId: string, step: string) {
  await page.goto(`./fill/#/${draftId}/${step}`);
  await expect(page.locator('#step-title')).toBeVisible({ timeout: 20_000 });
}

async function newHubeiDraft(page: Page, step: RegExp) {
  await page.goto('./');
  await page.getByRole('button', { name: '按此通知开始填写：鄂经信办函〔2024〕29号' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('封面', { timeout: 20_000 });
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: step }).click();
}

/** Put TSV text on the system clipboard, as a spreadsheet's copy does, and paste it into the cell with Ctrl+V. */
async function paste(page: Page, name: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box(page, name).focus();
  await page.keyboard.press('Control+V');
}

test('a 3-year row and a 3×4 block (three years, four rows) pasted from a spreadsheet land in the right cells, say what was done, and can be undone', async ({ page }) => {
  await newHubeiDraft(page, /二、主导产业情况/);
  await paste(page, '集群总产值（亿元） 2021年', '186.4\t２０８．７５\t236.12亿元\r\n');
  await expect(box(page, '集群总产值（亿元） 2021年')).toHaveValue('186.40');
  await expect(box(page, '集群总产值（亿元） 2022年')).toHaveValue('208.75');
  await expect(box(page, '集群总产值（亿元） 2023年')).toHaveValue('236.12');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 1×3 个数值' })).toContainText('已去掉单位“亿元”');

  const block = ['集群企业数量\t412\t436\t458', '其中：集群中小企业数量\t398\t421\t442', '省级专精特新\t18\t23\t27', '小巨人\t2家\t3\t4'].join('\n');
  await paste(page, '集群企业数量 2021年', block);
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 4×3 个数值' })).toContainText('首列文字未粘贴');
  await expect(box(page, '集群企业数量 2023年')).toHaveValue('458');
  await expect(box(page, '其中：集群中小企业数量 2022年')).toHaveValue('421');
  await expect(box(page, '主导产业相关的省级专精特新中小企业数量 2021年')).toHaveValue('18');
  await expect(box(page, '主导产业相关的国家级专精特新“小巨人”企业数量 2021年')).toHaveValue('2');

  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: '撤销粘贴（年度）' }).click();
  await expect(box(page, '集群企业数量 2023年')).toHaveValue('');
  await expect(box(page, '主导产业相关的国家级专精特新“小巨人”企业数量 2021年')).toHaveValue('');
  await expect(box(page, '集群总产值（亿元） 2022年')).toHaveValue('208.75');
  await expect(box(page, '集群企业数量 2021年')).toBeFocused();
});

test('Enter moves down a year column (Shift+Enter up), skipping a row that has no cell in that column', async ({ page }) => {
  await newHubeiDraft(page, /二、主导产业情况/);
  await box(page, '集群企业数量 2022年').fill('436');
  await box(page, '集群企业数量 2022年').press('Enter');
  await expect(box(page, '其中：集群中小企业数量 2022年')).toBeFocused();
  await page.keyboard.press('Shift+Enter');
  await expect(box(page, '集群企业数量 2022年')).toBeFocused();
  // 「近三年…年均增速」 is one figure in the first column: Enter from the row above its other columns passes it.
  await box(page, '集群主导产业产值占集群总产值比例（%） 2022年').press('Enter');
  await expect(box(page, '集群企业数量 2022年')).toBeFocused();
});

test('an empty computed cell offers 「填入」 with its formula; the value is written only when clicked', async ({ page }) => {
  const draft = fixtureDrafts['hb-2024'];
  await seedDraft(page, draft);
  await open(page, draft.id, 's2');
  const cell = box(page, '集群外商直接投资额增长率（%） 2023年');
  await cell.fill('');
  const fill = page.getByRole('button', { name: '填入 9.99：外商直接投资额增长率 2023年' });
  await expect(fill).toBeVisible();
  await expect(page.getByText('（2023年外商直接投资额 ÷ 2022年外商直接投资额 − 1）')).toBeVisible();
  await expect(cell).toHaveValue('');
  await fill.click();
  await expect(cell).toHaveValue('9.99');
  await expect(fill).toBeHidden();
});

test('every number cell shows its unit and reads it out; a published figure typed in is offered in the cell’s unit', async ({ page }) => {
  await newHubeiDraft(page, /二、主导产业情况/);
  await expect(box(page, '集群总产值（亿元） 2023年')).toHaveAccessibleDescription(/亿元/);
  await expect(box(page, '集群企业数量 2023年')).toHaveAccessibleDescription(/家/);
  const count = box(page, '集群企业数量 2023年');
  await count.fill('133户');
  await count.press('Tab');
  const row = page.getByRole('row').filter({ hasText: '集群企业数量' }).first();
  await expect(row.locator('.error-message')).toContainText('“133户”不是数字；本栏单位为家，应填 133');
  await expect(count).toHaveValue('133户');
  expect(await violations(page)).toEqual([]);
  await row.getByRole('button', { name: '填入 133：集群企业数量 2023年' }).click();
  await expect(count).toHaveValue('133');
  // 万元 typed into a 亿元 cell is asked about with only one year filled.
  await box(page, '集群总产值（亿元） 2023年').fill('540000');
  await expect(page.getByRole('row').filter({ hasText: '集群总产值（亿元）' })).toContainText('是否误填为万元？');
});

test('a new draft shows nothing red; the summary of an empty section 二 has one line per question, heading in view', async ({ page }) => {
  await newHubeiDraft(page, /封面/);
  await expect(page.locator('.error-message')).toHaveCount(0);
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('link', { name: /二、主导产业情况/ }).click();
  await expect(page.locator('.error-message')).toHaveCount(0);
  await page.getByRole('button', { name: '完成本节' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  // 18 rows of the year table and 3 narratives (the tick-box groups need no answer).
  await expect(summary.getByRole('listitem')).toHaveCount(21);
  await expect(summary.getByRole('heading')).toHaveText('本节还有 21 个问题');
  await expect(summary.getByRole('link', { name: '集群总产值（亿元）：未填', exact: true })).toBeVisible();
  await expect(summary.getByRole('heading')).toBeInViewport();
  await box(page, '集群企业数量 2023年').fill('12.5');
  await page.getByRole('button', { name: '完成本节' }).click();
  await expect(summary.getByRole('link', { name: '集群企业数量：2021年、2022年未填；2023年须为整数（数量不含小数）', exact: true })).toBeVisible();
});

test('a block pasted into the targets table fills 基准值 and 目标值 row by row; a baseline the form gives is offered', async ({ page }) => {
  const draft = fixtureDrafts['hb-2024'];
  await seedDraft(page, draft);
  await open(page, draft.id, 's8');
  await paste(page, '创新 研发经费投入 2023年基准值', '5.80亿元\t8.10亿元\n250个\t400个');
  await expect(page.getByRole('status').filter({ hasText: '已粘贴 2×2 个数值' })).toContainText('已去掉单位“亿元”“个”');
  await expect(box(page, '创新 研发经费投入 2026年目标值')).toHaveValue('8.10');
  await expect(box(page, '创新 有效发明专利数量 2023年基准值')).toHaveValue('250');
  await expect(box(page, '创新 有效发明专利数量 2026年目标值')).toHaveValue('400');
  await expect(box(page, '创新 研发经费投入 2023年基准值')).toHaveAccessibleDescription(/亿元/);
  await page.getByRole('button', { name: '改用计算值 6.75：研发经费投入（基准值）' }).click();
  await expect(box(page, '创新 研发经费投入 2023年基准值')).toHaveValue('6.75');
});
