// Starting a test from a filled draft the way a user would: importing an exported file on the start page.
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The export file holding these drafts (the format of src/storage/file.ts). */
export function draftFile(drafts: readonly unknown[], name = '草稿.json') {
  const text = JSON.stringify({ format: 'jiqun-shenbao-drafts', formatVersion: 1, exportedAt: '2024-05-20T09:45:00.000Z', drafts });
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

export async function seedDraft(page: Page, draft: { id: string }): Promise<void> {
  await page.goto('./');
  await page.getByLabel('从文件导入草稿').setInputFiles(draftFile([draft]));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
}
