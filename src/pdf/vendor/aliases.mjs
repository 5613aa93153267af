// Module aliases for the PDF worker's bundle and the unit tests alike (astro.config.mjs, vitest.config.ts), so the
// code tested is the code shipped: pako → fflate (faster deflate), fontkit's Brotli decoder left out (WOFF2 only),
// pdf-lib's 14 standard fonts left out (we embed our own).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const pdfLibDir = dirname(createRequire(import.meta.url).resolve('pdf-lib/package.json'));

export const pdfAliases = [
  // Hint: Node (tests, scripts) would load pdf-lib's CommonJS build, whose require('pako') no alias reaches.
  { find: /^pdf-lib$/, replacement: join(pdfLibDir, 'es/index.js') },
  { find: /^pako$/, replacement: here('./pakoDeflate.ts') },
  { find: /^brotli\/decompress\.js$/, replacement: here('./noBrotli.ts') },
  { find: /^@pdf-lib\/standard-fonts$/, replacement: here('./noStandardFonts.ts') },
];
