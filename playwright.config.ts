// Browser tests against the built static site, served under a sub-path to prove the site works there.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, defineConfig } from '@playwright/test';

// Hint: E2E_PORT lets two checkouts (git worktrees) run their browser tests side by side without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4329);
export const basePath = '/apply/';

/** Playwright's own Chromium where installed (a newcomer's laptop), else the system one (CI, Debian). */
export function chromiumExecutable(): string | undefined {
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(path)) return path;
  }
  return undefined;
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // Hint: sized for a busy 2-core machine (two CPU burners beside the suite in CI); tests wait on conditions,
  // so a fast machine pays nothing for the margin. Playwright's 5 s default failed there on correct pages.
  // Actions, navigations and waits for events keep no limit of their own: the test's limit bounds them.
  expect: { timeout: 20_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Hint: this network is closed; background services would only fail their look-ups.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // Hint: a plain static server over the built files (as any host would serve them), not `astro preview`.
    command: `npm run build && sirv .e2e-site --host 127.0.0.1 --port ${port} --quiet`,
    url: `http://127.0.0.1:${port}${basePath}`,
    env: { BASE_PATH: basePath, OUT_DIR: `.e2e-site${basePath}`, ASTRO_TELEMETRY_DISABLED: '1' },
    cwd: fileURLToPath(new URL('.', import.meta.url)),
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
