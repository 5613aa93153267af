// Playwright config for the 佐证材料汇编 benchmark and its component checks (npm run bench:evidence): builds the
// harness page under /apply/ (bench/evidence/astro.config.mjs), serves it, runs the specs in headless Chromium.
import { harnessConfig } from '../harnessConfig';

export default harnessConfig('evidence', 4336, 300_000);
