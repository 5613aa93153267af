// Astro build of the PDF benchmark harness: the site's own config (base path, CSP, ES2020 target) with
// the harness page as the only page, so the PDF worker and font are bundled exactly as the wizard's are.
// Not part of the production site. BASE_PATH defaults to /apply/ here, to prove the sub-path works.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

process.env.BASE_PATH ??= '/apply/';
const { default: site } = await import('../../astro.config.mjs');

export default defineConfig({
  ...site,
  root: fileURLToPath(new URL('../../', import.meta.url)),
  srcDir: fileURLToPath(new URL('./site/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./site/public/', import.meta.url)),
  outDir: fileURLToPath(new URL(`../../.bench-pdf-site${process.env.BASE_PATH}`, import.meta.url)),
});
