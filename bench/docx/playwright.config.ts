// Playwright config for the DOCX benchmark (npm run bench:docx): builds the harness page under /apply/
// (bench/docx/astro.config.mjs), serves it with a plain static server, runs the spec in headless Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const port = Number(process.env.BENCH_PORT ?? 4332);
const harnessBase = '/apply/';

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
    command: `astro build --config bench/docx/astro.config.mjs && sirv .bench-docx-site --host 127.0.0.1 --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}${harnessBase}`,
    env: { BASE_PATH: harnessBase, ASTRO_TELEMETRY_DISABLED: '1' },
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
