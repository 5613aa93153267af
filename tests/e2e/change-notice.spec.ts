// 「改用其他通知」: a 2023 draft reused for 鄂经信办函〔2024〕29号. The new draft holds every value in its new place
// (years moved), the page lists what the new form asks anew, and nothing is lost: placed + kept = before.
import { expect, test } from '@playwright/test';
import { resolveNotice } from '../../src/forms';
import type { FormValues } from '../../src/forms/fieldValues';
import { transferValues } from '../../src/forms/transfer';
import { fixtureDrafts } from '../fixtures/drafts';
import { seedDraft } from './support/seed';

for (const from of ['gd-2023', 'sc-2023'] as const) {
  test(`a ${from} draft moved to 鄂经信办函〔2024〕29号 keeps every entry and lists what to fill`, async ({ page }) => {
    const draft = fixtureDrafts[from];
    const expected = transferValues(resolveNotice(from).form, resolveNotice('hb-2024').form, draft.values as FormValues).counts;
    await seedDraft(page, draft);
    await page.goto(`./fill/#/${draft.id}/notice`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('改用其他通知');
    await page.getByRole('radio', { name: /鄂经信办函〔2024〕29号/ }).check();
    await page.getByRole('button', { name: '另存为新草稿并改用此通知' }).click();

    const result = page.locator('.change-result');
    await expect(result.getByRole('status')).toContainText(`原草稿的 ${expected.before} 项内容中，${expected.placed} 项已放入`);
    await expect(result.getByRole('status')).toContainText(`${expected.kept} 项没有对应位置`);
    expect(expected.placed + expected.kept).toBe(expected.before);
    await expect(result.getByRole('link', { name: '集群总产值（亿元）：2023年' })).toBeVisible();

    await result.getByRole('link', { name: '打开新草稿' }).click();
    await expect(page.locator('.notice-ref')).toHaveText('鄂经信办函〔2024〕29号');
    await expect(page.getByRole('textbox', { name: '集群名称' })).toHaveValue(draft.values.clusterName);
    const old = draft.values.totalOutput as Record<string, string>;
    await page.getByRole('link', { name: /二、主导产业情况/ }).click();
    await expect(page.getByRole('textbox', { name: '集群总产值（亿元） 2022年' })).toHaveValue(old['2022']!);
    await expect(page.getByRole('textbox', { name: '集群总产值（亿元） 2021年' })).toHaveValue(old['2021']!);
    await expect(page.getByRole('textbox', { name: '集群总产值（亿元） 2023年' })).toHaveValue('');
    await expect(page.locator('details.notice-banner summary')).toContainText('未能放入本版申报表');

    await page.goto('./');
    await expect(page.getByRole('link', { name: draft.values.clusterName, exact: true })).toBeVisible();
  });
}

test('a Guangdong draft moved to the Ministry notice asks for the province its form never had', async ({ page }) => {
  const draft = fixtureDrafts['gd-2023'];
  await seedDraft(page, draft);
  await page.goto(`./fill/#/${draft.id}/notice`);
  await page.getByRole('radio', { name: /工信厅企业函〔2024〕122号/ }).check();
  await page.getByRole('combobox', { name: '所在省（区、市）' }).selectOption('广东');
  await page.getByRole('button', { name: '另存为新草稿并改用此通知' }).click();
  await page.locator('.change-result').getByRole('link', { name: '打开新草稿' }).click();
  await expect(page.getByRole('textbox', { name: '所属地区 省（区、市）' })).toHaveValue('广东');
  await expect(page.getByRole('textbox', { name: '所属地区 市（区）' })).toHaveValue(draft.values.region.city);
});
