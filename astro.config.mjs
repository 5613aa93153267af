// Static site: `npm run build` writes plain files to dist/ that any web server or file share can host.
// BASE_PATH sets the sub-path the site is served under (e.g. /apply/); default is the root.
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { pdfAliases } from './src/pdf/vendor/aliases.mjs';

const base = process.env.BASE_PATH ?? '/';
// OUT_DIR lets the browser tests build into a folder served by a plain static server, as a host would.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  output: 'static',
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', assets: 'assets' },
  integrations: [preact()],
  // Nothing leaves the device: a strict Content-Security-Policy in every page (a <meta>, since static hosts
  // may not let us set headers; docs/deploy.md has the header form). Astro hashes its own inline scripts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
    },
  },
  // Hint: office PCs run 360/QQ/Edge on older Chromium kernels, so emit ES2020. Vite 8 bundles with Rolldown
  // and does not lower dependencies' syntax (preact's `&&=`) or the PDF worker to build.target, so both get the
  // Rolldown transform target too.
  vite: {
    // Hint: the PDF worker's pako and Brotli swapped out (src/pdf/vendor/aliases.mjs, issue 15).
    resolve: { alias: pdfAliases },
    build: { target: 'es2020', rolldownOptions: { transform: { target: 'es2020' } } },
    esbuild: { target: 'es2020' },
    worker: { rolldownOptions: { transform: { target: 'es2020' } } },
  },
  // Hint: no markdown code blocks here; Shiki's inline styles would need CSP exceptions.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
