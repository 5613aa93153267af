// What the harness page exposes (bench/pdf/site/pages/index.astro), and how a spec waits for it.
import type { Page } from '@playwright/test';
import type { findMissingCharacters, generatePdf } from '../../src/pdf/client';

export interface PdfHarness {
  generatePdf: typeof generatePdf;
  findMissingCharacters: typeof findMissingCharacters;
}

/** Opens the harness page and waits until the PDF client is on `window.pdfHarness`. */
export async function openHarness(page: Page): Promise<void> {
  await page.goto('./');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
}
