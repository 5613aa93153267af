// Playwright config for the PDF benchmark (npm run bench:pdf): builds the harness page with Astro under
// the sub-path /apply/ (bench/pdf/astro.config.mjs), serves it with a plain static server, runs the specs
// here one at a time in headless Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const port = Number(process.env.BENCH_PORT ?? 4331);
export const harnessBase = '/apply/';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  workers: 1,
  reporter: [['line']],
  timeout: 180_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}${harnessBase}` },
  webServer: {
    command: `astro build --config bench/pdf/astro.config.mjs && sirv .bench-pdf-site --host 127.0.0.1 --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}${harnessBase}`,
    env: { BASE_PATH: harnessBase, ASTRO_TELEMETRY_DISABLED: '1' },
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
