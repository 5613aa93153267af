// Benchmark: validateDraft (and the other rule entry points) on each complete fixture draft.
// Runs the TypeScript sources through Vite's module runner, times many runs after a warm-up, and writes the
// median and p95 per notice to bench/results/rules.json. Usage: npm run bench:rules [-- --runs 2000]
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 1000;
const WARMUP = 200;
const BUDGET_MS = 5;

const load = async (path) => (await runnerImport(root + path, { root, configFile: false, logLevel: 'silent' })).module;
const forms = await load('src/forms/index.ts');
const rules = await load('src/rules/index.ts');
const { fixtureDrafts } = await load('tests/fixtures/drafts/index.ts');

/** Median and 95th percentile of `runs` timed calls of fn, in milliseconds. */
function time(fn) {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => Number(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(4));
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

const results = {};
for (const [noticeId, draft] of Object.entries(fixtureDrafts)) {
  const ctx = forms.resolveNotice(noticeId);
  const values = draft.values;
  results[noticeId] = {
    validateDraft: time(() => rules.validateDraft(ctx, values)),
    validateSection_s2: time(() => rules.validateSection(ctx, values, 's2')),
    computedValues: time(() => rules.computedValues(ctx, values)),
    eligibilityReport: time(() => rules.eligibilityReport(ctx, values, {})),
    targetChecks: time(() => rules.targetChecks(ctx, values)),
  };
}

const worst = Math.max(...Object.values(results).map((r) => r.validateDraft.medianMs));
const report = {
  what: 'validateDraft on each complete fixture draft (tests/fixtures/drafts), median and p95 of many runs after warm-up',
  budgetMs: BUDGET_MS,
  withinBudget: worst < BUDGET_MS,
  worstValidateDraftMedianMs: worst,
  runs: RUNS,
  warmup: WARMUP,
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  measuredAt: new Date().toISOString(),
  results,
};
mkdirSync(root + 'bench/results', { recursive: true });
writeFileSync(root + 'bench/results/rules.json', JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
if (!report.withinBudget) process.exitCode = 1;
