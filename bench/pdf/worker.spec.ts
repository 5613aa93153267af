// The built site's PDF worker under a sub-path: the worker script and the font come from the site's own
// origin under /apply/, nothing is requested from anywhere else, and a PDF comes back.
import type { FormValues } from '../../src/forms/fieldValues';
import { expect, test } from '@playwright/test';
import { fixtureDrafts } from '../../tests/fixtures/drafts';
import { harnessBase } from './playwright.config';
import { openHarness, type PdfHarness } from './harness';

test('the worker and the font load from /apply/ on our origin, and nothing leaves it', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      foreign.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await openHarness(page);
  const result = await page.evaluate(async (values) => {
    const h = (window as unknown as { pdfHarness: PdfHarness }).pdfHarness;
    const missing = await h.findMissingCharacters('hb-2024', { ...values, clusterName: '仙桃😀产业' });
    const pdf = await h.generatePdf({ noticeId: 'hb-2024', values });
    return { missing, fileName: pdf.fileName, size: pdf.bytes.length, head: String.fromCharCode(...pdf.bytes.slice(0, 5)) };
  }, fixtureDrafts['hb-2024'].values as FormValues);

  expect(foreign).toEqual([]);
  const paths = requests.map((u) => new URL(u).pathname);
  expect(paths.some((p) => p.startsWith(`${harnessBase}assets/worker`) && p.endsWith('.js'))).toBe(true);
  expect(paths.filter((p) => p.endsWith('.ttf'))).toEqual([expect.stringMatching(new RegExp(`^${harnessBase}assets/NotoSerifSC-Regular\\.subset.*\\.ttf$`))]);
  expect(result.head).toBe('%PDF-');
  expect(result.fileName).toBe('湖北省仙桃市非织造布产业-中小企业特色产业集群申报表.pdf');
  expect(result.missing).toEqual([{ char: '😀', fieldIds: ['clusterName'], labels: ['集群名称'] }]);
});
