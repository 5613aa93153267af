// Static site: `npm run build` writes plain files to dist/ that any web server or file share can host.
// BASE_PATH sets the sub-path the site is served under (e.g. /apply/); default is the root.
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';

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
  // Hint: office PCs run 360/QQ/Edge on older Chromium kernels, so emit ES2020.
  vite: { build: { target: 'es2020' }, esbuild: { target: 'es2020' } },
  devToolbar: { enabled: false },
});
