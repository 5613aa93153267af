// After `astro build`: write the service worker that precaches every built file (pages, scripts, the CJK
// font, the PDF worker) so the site works offline after the first visit. Workbox does the precaching; the guard
// src/offline/sw-own-origin.js goes first, so the worker reaches no other origin even without a CSP header.
import { readFile, writeFile } from 'node:fs/promises';
import { generateSW } from 'workbox-build';

const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: outDir,
  globPatterns: ['**/*.{html,js,css,ttf,woff2,svg,png,webmanifest,json}'],
  swDest: `${outDir}/sw.js`,
  modifyURLPrefix: { '': base },
  // Hint: the CJK font is ~3.9 MB; it must be cached or PDFs cannot be written offline.
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  cleanupOutdatedCaches: true,
  // Hint: a new version waits until the page asks for it (after saving), so typing is never interrupted.
  skipWaiting: false,
  clientsClaim: true,
  inlineWorkboxRuntime: true,
  mode: 'production',
  sourcemap: false,
});
for (const w of warnings) console.warn(`service worker: ${w}`);
const guard = await readFile(new URL('../src/offline/sw-own-origin.js', import.meta.url), 'utf8');
await writeFile(`${outDir}/sw.js`, `${guard}\n${await readFile(`${outDir}/sw.js`, 'utf8')}`);
console.log(`service worker: precaches ${count} files, ${(size / 1024 / 1024).toFixed(2)} MB`);
