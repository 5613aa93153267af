// Astro build of the 佐证材料汇编 benchmark harness: the site's own config (base path, CSP, ES2020 target) with the
// harness page as the only page, so the volume worker is bundled exactly as the site bundles it. Not part of the site.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

process.env.BASE_PATH ??= '/apply/';
const { default: site } = await import('../../astro.config.mjs');

export default defineConfig({
  ...site,
  root: fileURLToPath(new URL('../../', import.meta.url)),
  srcDir: fileURLToPath(new URL('./site/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./site/public/', import.meta.url)),
  outDir: fileURLToPath(new URL(`../../.bench-evidence-site${process.env.BASE_PATH}`, import.meta.url)),
});
