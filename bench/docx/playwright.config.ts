// Playwright config for the DOCX benchmark (npm run bench:docx): builds the harness page under /apply/
// (bench/docx/astro.config.mjs), serves it with a plain static server, runs the spec in headless Chromium.
import { harnessConfig } from '../harnessConfig';

export default harnessConfig('docx', 4332, 180_000);
