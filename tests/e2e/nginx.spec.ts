// docs/deploy.md's nginx block, run as written with Debian's nginx over the built site: every kind of file gets
// every security header (a nested location with its own add_header would drop them), and the service worker
// served with them cannot reach another origin. Skipped, saying so, where nginx is not installed (.ci/run installs it).
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// Hint: Debian puts nginx in /usr/sbin, which is not on every user's PATH.
const nginxBinary = ['nginx', '/usr/sbin/nginx'].find((bin) => spawnSync(bin, ['-v']).status === 0);
const port = Number(process.env.E2E_PORT ?? 4329) + 1000;
const origin = `http://127.0.0.1:${port}`;
const site = resolve('.e2e-site/apply');

/** The ```nginx block of the deployment guide, pointed at the built site and a local port. */
function documentedBlock(): string {
  const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync('docs/deploy.md', 'utf8'))?.[1];
  if (!block) throw new Error('docs/deploy.md has no ```nginx block');
  return block.replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`).replace(/alias \S+;/, `alias ${site}/;`);
}

function configIn(dir: string): string {
  for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, d));
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t, i) => `${t}_temp_path ${join(dir, ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'][i]!)};`).join('\n  ');
  return `daemon off;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp {\n  access_log off;\n  ${temps}\n${documentedBlock()}\n}\n`;
}

let nginx: ChildProcess | undefined;
let dir = '';

test.describe('nginx as docs/deploy.md configures it', () => {
  test.skip(!nginxBinary, 'nginx is not installed (Debian: apt-get install nginx-light; .ci/run installs it)');

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jiqun-nginx-'));
    writeFileSync(join(dir, 'nginx.conf'), configIn(dir));
    nginx = spawn(nginxBinary!, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    await expect.poll(() => fetch(`${origin}/apply/`).then((r) => r.status, () => 0), { timeout: 20_000 }).toBe(200);
  });

  test.afterAll(() => {
    nginx?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  test('every kind of file carries the security headers, sw.js its no-cache and assets their year', async () => {
    const assets = readdirSync(join(site, 'assets'));
    const worker = assets.find((f) => /^worker-.*\.js$/.test(f))!;
    const font = assets.find((f) => f.endsWith('.ttf'))!;
    const paths = ['/apply/', '/apply/fill/', '/apply/privacy/', '/apply/sw.js', '/apply/manifest.webmanifest', `/apply/assets/${worker}`, `/apply/assets/${font}`];
    for (const path of paths) {
      const { headers, status } = await fetch(origin + path);
      expect({ path, status, csp: headers.get('content-security-policy'), nosniff: headers.get('x-content-type-options') }).toEqual({
        path,
        status: 200,
        csp: expect.stringContaining("connect-src 'self'"),
        nosniff: 'nosniff',
      });
      expect({ path, referrer: headers.get('referrer-policy') }).toEqual({ path, referrer: 'no-referrer' });
    }
    expect((await fetch(`${origin}/apply/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${origin}/apply/assets/${worker}`)).headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${origin}/apply/sw.js`)).headers.get('content-type')).toContain('text/javascript');
  });

  test('served so, the site works and its service worker cannot reach another origin', async ({ page, context }) => {
    await context.route('https://example.com/**', (r) => r.fulfill({ status: 200, body: 'leaked' }));
    await page.goto(`${origin}/apply/`);
    await expect(page.getByRole('status').filter({ hasText: '已可离线使用' })).toBeVisible({ timeout: 60_000 });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const fetched = await worker.evaluate(() => fetch('https://example.com/collect').then(() => 'sent', (e: Error) => e.message));
    expect(fetched).toContain('已阻止访问');
  });
});
