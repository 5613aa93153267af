// Playwright config for the 佐证材料汇编 benchmark and its component checks (npm run bench:evidence): builds the
// harness page under /apply/ (bench/evidence/astro.config.mjs), serves it, runs the specs in headless Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const port = Number(process.env.BENCH_PORT ?? 4336);
const harnessBase = '/apply/';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /.*\.spec\.ts/,
  fullyParallel: false,
  workers: 1,
  reporter: [['line']],
  timeout: 300_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}${harnessBase}` },
  webServer: {
    command: `astro build --config bench/evidence/astro.config.mjs && sirv .bench-evidence-site --host 127.0.0.1 --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}${harnessBase}`,
    env: { BASE_PATH: harnessBase, ASTRO_TELEMETRY_DISABLED: '1' },
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
