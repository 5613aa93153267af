// Playwright config for the PDF benchmark (npm run bench:pdf): builds the harness page with Astro under
// the sub-path /apply/ (bench/pdf/astro.config.mjs), serves it with a plain static server, runs the specs
// here one at a time in headless Chromium.
import { harnessConfig } from '../harnessConfig';

export { harnessBase } from '../harnessConfig';

export default harnessConfig('pdf', 4331, 180_000);
