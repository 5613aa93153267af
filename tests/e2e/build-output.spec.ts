// The built site: every script parses as ES2020, for the older Chromium kernels of 360/QQ/Edge on office PCs,
// and the PDF code and font are not part of the first page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { expect, test } from '@playwright/test';

const site = '.e2e-site/apply';

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []));
}

test('every built script parses as ES2020', () => {
  const scripts = files(site, '.js');
  expect(scripts.length).toBeGreaterThan(5);
  for (const file of scripts) {
    const sourceType = file.endsWith('sw.js') ? 'script' : 'module';
    expect(() => parse(readFileSync(file, 'utf8'), { ecmaVersion: 2020, sourceType }), file).not.toThrow();
  }
});

test('the first page loads no PDF code and no font', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('./', { waitUntil: 'networkidle' });
  expect(loaded.filter((p) => /worker|\.ttf$|pdf-lib|fontkit/.test(p))).toEqual([]);
});
