// A complete application for each notice, filled through the UI by accessible names: every step, a reload
// mid-way, the browser's back button, and the review page showing every value.
import type { FormValues } from '../../src/forms/fieldValues';
import { expect, test } from '@playwright/test';
import { resolveNotice } from '../../src/forms';
import { fieldName } from '../../src/wizard/names';
import { formSteps, stepFields } from '../../src/wizard/steps';
import { summarise } from '../../src/wizard/summary';
import { fixtureDrafts } from '../fixtures/drafts';
import { fillField } from './support/fillForm';

/** What the user typed into a field (not option codes): each must show on the review page as typed. */
function typedTexts(kind: string, value: unknown): string[] {
  if (kind === 'choice' || kind === 'ticks') return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => typedTexts(kind, v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'id' ? [] : typedTexts(kind, v)));
  return [];
}

for (const [noticeId, draft] of Object.entries(fixtureDrafts)) {
  test(`fill a complete ${noticeId} application and review it`, async ({ page }) => {
    // Hint: a whole application typed in; over 3 min on two loaded cores (issue 16).
    test.setTimeout(420_000);
    const { form, notice } = resolveNotice(noticeId);
    const values = draft.values as FormValues;
    await page.goto('./');
    await page.getByRole('button', { name: `按此通知开始填写：${notice.documentNumber}` }).click();
    const steps = formSteps(form);
    for (const [i, step] of steps.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
      for (const field of stepFields(form, step.id)) await fillField(page, form, field, values[field.id]);
      if (step.id === 's4') {
        await page.reload();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
        const first = stepFields(form, step.id)[0]!;
        await expect(page.getByRole('textbox', { name: fieldName(first), exact: true })).toHaveValue(String(values[first.id]));
      }
      await page.getByRole('button', { name: '完成本节' }).click();
      const next = steps[i + 1]?.title ?? '核对信息';
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(next);
    }
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps.at(-1)!.title);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('核对信息');
    await expect(page.getByText('所有必填项都已填写。')).toBeVisible();
    for (const step of steps) {
      await expect(page.getByRole('link', { name: /已完成/ }).filter({ hasText: step.title })).toBeVisible();
      for (const field of stepFields(form, step.id)) {
        const row = page.locator('.summary-row').filter({ has: page.getByRole('term').getByText(fieldName(field), { exact: true }) });
        const cell = row.first().locator('dd.value');
        await expect(cell).toHaveText(summarise(field, values, form.years));
        for (const typed of typedTexts(field.kind, values[field.id])) await expect(cell).toContainText(typed);
      }
    }
  });
}
