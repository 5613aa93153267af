// The Playwright config every harness benchmark shares (bench/pdf, bench/docx, bench/evidence): build the bench's
// own Astro config under /apply/, serve it with a plain static server, run its specs one at a time in Chromium.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

export const harnessBase = '/apply/';

/** `name` is the bench folder (bench/{name}/astro.config.mjs, built into .bench-{name}-site). */
export function harnessConfig(name: string, defaultPort: number, timeout: number) {
  const port = Number(process.env.BENCH_PORT ?? defaultPort);
  return defineConfig({
    ...base,
    testDir: '.',
    testMatch: /.*\.spec\.ts/,
    fullyParallel: false,
    workers: 1,
    reporter: [['line']],
    timeout,
    // Hint: no trace recording while measuring (the suite keeps one per test for failures; its snapshots and
    // screencast take CPU from what is measured).
    use: { ...base.use, trace: 'off', baseURL: `http://127.0.0.1:${port}${harnessBase}` },
    webServer: {
      command: `astro build --config bench/${name}/astro.config.mjs && sirv .bench-${name}-site --host 127.0.0.1 --port ${port} --quiet`,
      url: `http://127.0.0.1:${port}${harnessBase}`,
      env: { BASE_PATH: harnessBase, ASTRO_TELEMETRY_DISABLED: '1' },
      cwd: fileURLToPath(new URL('../', import.meta.url)),
      reuseExistingServer: false,
      timeout: 180_000,
    },
  });
}
