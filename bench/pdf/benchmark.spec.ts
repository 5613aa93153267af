// PDF benchmark in headless Chromium, through the built site's worker. Writes bench/results/pdf.json:
// - per document (a complete hb-2024 draft with a full 3000-character plan; the blank form): the first call of a new
//   worker (start, module and font load, parse, layout, save: 「fresh worker」, the median of 5 page loads) with where
//   its time went, then the warm median of calls 4–20, the longest main-thread block while generating, the PDF's size;
// - the blank form from the start page on a first visit (empty cache, no service worker): click to 「已生成」;
// - click-to-PDF: on 核对信息 of the complete draft, once its PDF is written ahead (src/pdf/ahead.ts), from the click on
//   「下载 PDF」 to the 「已生成」 message (median of 3 page loads).
import type { FormValues } from '../../src/forms/fieldValues';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { expect, test } from '@playwright/test';
import { fixtureDrafts } from '../../tests/fixtures/drafts';
import { seedDraft } from '../../tests/e2e/support/seed';
import { withFullPlan } from '../../tests/support/longPlan';
import { openHarness, type PdfHarness } from './harness';

const CALLS = Number(process.env.PDF_CALLS ?? 20);
const FRESH_RUNS = 5;
const WARM_FROM = 4;
const CLICK_RUNS = 3;
const TARGETS = { clickToPdfMs: 300, freshWorkerMs: 900, warmMedianMs: 90, mainThreadBlockMs: 50, bytes: 450 * 1024 };
const results: Record<string, unknown> = {
  measuredAt: new Date().toISOString(),
  machine: `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), headless Chromium`,
  // Hint: the machine is shared; with a load average far above its cores every figure is mostly waiting.
  loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 10) / 10),
  targets: TARGETS,
};

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

/** Runs in the page: CALLS calls in a row from a fresh worker, watching the main thread for long tasks. */
async function measure({ values, calls }: { values: FormValues | null; calls: number }) {
  const h = (window as unknown as { pdfHarness: PdfHarness }).pdfHarness;
  const longTasks: number[] = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
  // Hint: long tasks are reported from 50 ms up; a timer ticking every 0 ms also shows shorter blocks.
  let maxGap = 0;
  let last = performance.now();
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (ticking) setTimeout(tick, 0);
  };
  tick();
  const times: number[] = [];
  const phases: Record<string, number>[] = [];
  let bytes = 0;
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    const pdf = await h.generatePdf({ noticeId: 'hb-2024', values });
    times.push(performance.now() - start);
    bytes = pdf.bytes.length;
    // Each phase's own length, from the previous phase's end (a new worker's start from its creation; a warm call's
    // first mark is when it arrived, not a length).
    const lengths = pdf.timings.map((t, j) => [t.phase, Math.round((t.atMs - (j ? pdf.timings[j - 1]!.atMs : 0)) * 10) / 10] as const);
    phases.push(Object.fromEntries(pdf.timings[0]?.phase === '启动' ? lengths : lengths.slice(1)));
  }
  ticking = false;
  await new Promise((r) => setTimeout(r, 100));
  return { times, phases, bytes, longTasksMs: longTasks, maxTimerGapMs: maxGap };
}

for (const [name, values] of [
  ['filled', withFullPlan(structuredClone(fixtureDrafts['hb-2024'].values) as FormValues)],
  ['blank', null],
] as const) {
  test(`hb-2024 ${name}: fresh worker and warm calls`, async ({ page }) => {
    // Hint: one first call varies by ±200 ms on this shared machine; the fresh figure is the median of FRESH_RUNS
    // page loads, each with a new worker (and the browser's cache as a returning user has it).
    const fresh: { ms: number; phases: Record<string, number> }[] = [];
    for (let i = 1; i < FRESH_RUNS; i++) {
      await openHarness(page);
      const first = await page.evaluate(measure, { values, calls: 1 });
      fresh.push({ ms: first.times[0]!, phases: first.phases[0]! });
    }
    await openHarness(page);
    const m = await page.evaluate(measure, { values, calls: CALLS });
    fresh.push({ ms: m.times[0]!, phases: m.phases[0]! });
    const warm = m.times.slice(WARM_FROM - 1);
    const typical = [...fresh].sort((a, b) => a.ms - b.ms)[Math.floor(fresh.length / 2)]!;
    results[name] = {
      freshWorkerMs: round(typical.ms),
      // The first of these ran with the browser's cache empty (a first visit); the others found the worker's script
      // and the font in the HTTP cache, as a returning user does.
      freshRunsMs: fresh.map((f) => round(f.ms)),
      firstVisitMs: round(fresh[0]!.ms),
      firstVisitPhasesMs: fresh[0]!.phases,
      warmMedianMs: round(median(warm)),
      timesMs: m.times.map(round),
      // Where the time went in the worker, phase by phase (ms): the median fresh call and the 4th warm call.
      freshPhasesMs: typical.phases,
      warmPhasesMs: m.phases[WARM_FROM - 1],
      longestMainThreadBlockMs: round(Math.max(m.maxTimerGapMs, ...m.longTasksMs)),
      longTasksMs: m.longTasksMs.map(round),
      bytes: m.bytes,
      kb: round(m.bytes / 1024),
    };
    expect(m.bytes).toBeGreaterThan(10_000);
  });
}

/** In the page: the time from the next click on 「下载 PDF」 to the 「已生成」 message. */
function clickToMessage(): Promise<number> {
  return new Promise((resolve) => {
    let clicked = 0;
    document.addEventListener('click', () => (clicked ||= performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (!clicked || !document.body.textContent?.includes('已生成')) return;
      observer.disconnect();
      resolve(performance.now() - clicked);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('hb-2024: click on 下载 PDF to 已生成, after 核对信息 wrote it ahead', async ({ page }) => {
  const draft = fixtureDrafts['hb-2024'];
  await seedDraft(page, draft);
  const runs: { ms: number; warmedUp: boolean }[] = [];
  for (let i = 0; i < CLICK_RUNS; i++) {
    await page.goto(`./fill/#/${draft.id}/review`);
    await page.reload();
    await expect(page.getByRole('heading', { name: '核对信息', level: 1 })).toBeVisible();
    // Hint: a build that writes nothing ahead never sets the mark; its click then pays for the fresh worker.
    const warmedUp = await page
      .waitForFunction(() => performance.getEntriesByName('pdf-warm').length > 0, undefined, { timeout: 15_000 })
      .then(() => true, () => false);
    const measured = page.evaluate(clickToMessage);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 PDF', exact: true }).click();
    await download;
    runs.push({ ms: await measured, warmedUp });
  }
  results['clickToPdf'] = { medianMs: round(median(runs.map((r) => r.ms))), runsMs: runs.map((r) => round(r.ms)), warmedUp: runs.every((r) => r.warmedUp) };
});

test('blank form from the start page on a first visit: click on 下载空白表格 PDF to 已生成, a new worker', async ({ browser, baseURL }) => {
  const runs: number[] = [];
  for (let i = 0; i < CLICK_RUNS; i++) {
    // Hint: a new context each time: an empty cache and no service worker, as on the very first visit.
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    // Hint: clicked once the page has settled (no request for 0.5 s), as a person reads it first.
    await page.goto('./', { waitUntil: 'networkidle' });
    const button = page.getByRole('button', { name: /下载空白表格 PDF/ }).first();
    await expect(button).toBeVisible();
    const measured = page.evaluate(clickToMessage);
    const download = page.waitForEvent('download');
    await button.click();
    await download;
    runs.push(await measured);
    await context.close();
  }
  results['blankFromStartPageFirstVisit'] = { medianMs: round(median(runs)), runsMs: runs.map(round) };
});

test.afterAll(() => {
  results['loadAverageAtEnd'] = os.loadavg().map((n) => Math.round(n * 10) / 10);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/pdf.json', JSON.stringify(results, null, 2) + '\n');
});
