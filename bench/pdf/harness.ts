// What the harness page exposes (bench/pdf/site/harness.astro, served at /pdf-harness/), and how a spec
// waits for it.
import type { Page } from '@playwright/test';
import type * as client from '../../src/pdf/client';

export interface PdfHarness {
  generatePdf: typeof client.generatePdf;
  findMissingCharacters: typeof client.findMissingCharacters;
}

/** Opens the harness page and waits until the PDF client is on `window.pdfHarness`. */
export async function openHarness(page: Page): Promise<void> {
  await page.goto('./pdf-harness/');
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
}
