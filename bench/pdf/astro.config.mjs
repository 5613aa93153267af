// Astro build of the PDF benchmark: the whole site (so 核对信息 can be clicked as a user would) plus a harness
// page at /pdf-harness/ that exposes the PDF client, injected by a small integration. Not the production build:
// it goes to .bench-pdf-site/. BASE_PATH defaults to /apply/ here, to prove the sub-path works.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';

process.env.BASE_PATH ??= '/apply/';
const { default: site } = await import('../../astro.config.mjs');

/** Hint: injectRoute adds the harness without copying the site's pages into a bench folder. */
const harness = {
  name: 'pdf-bench-harness',
  hooks: {
    'astro:config:setup': ({ injectRoute }) =>
      injectRoute({ pattern: '/pdf-harness', entrypoint: fileURLToPath(new URL('./site/harness.astro', import.meta.url)) }),
  },
};

export default defineConfig({
  ...site,
  root: fileURLToPath(new URL('../../', import.meta.url)),
  integrations: [...site.integrations, harness],
  outDir: fileURLToPath(new URL(`../../.bench-pdf-site${process.env.BASE_PATH}`, import.meta.url)),
});
