// The Astro config of a harness-only benchmark (bench/docx, bench/evidence): the site's own config (base path, CSP,
// ES2020 target) with the bench's harness page as the only page, so its worker is bundled exactly as the site
// bundles it. Built into .bench-{name}-site/; not part of the site.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

process.env.BASE_PATH ??= '/apply/';
const { default: site } = await import('../astro.config.mjs');

/** `name` is the bench folder holding site/ (its pages and public files). */
export function harnessSite(name) {
  const here = (path) => fileURLToPath(new URL(`./${name}/${path}`, import.meta.url));
  return defineConfig({
    ...site,
    root: fileURLToPath(new URL('../', import.meta.url)),
    srcDir: here('site/'),
    publicDir: here('site/public/'),
    outDir: fileURLToPath(new URL(`../.bench-${name}-site${process.env.BASE_PATH}`, import.meta.url)),
  });
}
