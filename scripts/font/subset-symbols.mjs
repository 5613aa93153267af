#!/usr/bin/env node
// Dev-time tool (`npm run font:symbols`): cuts the tick-box glyphs the PDF's text layer needs (☑ and the form's
// own □) out of DejaVu Sans (Debian's fonts-dejavu-core) and writes fonts/DejaVuSans-TickBoxes.subset.ttf.
// Its output is committed with fonts/DejaVu-LICENSE.txt; CI never runs it. See fonts/README.md.
// Hint: Noto Serif SC has □ but no ☑ (fonts/README.md), and pdftotext can only give back a character some
// embedded font maps; a second, tiny font for the marks is simpler than remapping a glyph of the CJK font.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** fonts-dejavu-core 2.37-6 (Debian 12); the hash pins the exact file the committed subset came from. */
const SOURCE = { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', sha256: 'abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322' };
export const TICK_MARKS = '☑□';
const OUT = join(ROOT, 'fonts', 'DejaVuSans-TickBoxes.subset.ttf');

const source = readFileSync(SOURCE.path);
const sha = createHash('sha256').update(source).digest('hex');
if (sha !== SOURCE.sha256) throw new Error(`${SOURCE.path}: sha256 ${sha}, expected ${SOURCE.sha256} (apt-get install fonts-dejavu-core)`);
const subset = await subsetFont(source, TICK_MARKS, {
  targetFormat: 'truetype',
  keepFeatures: [],
  // Keep copyright, names, version and the licence: the Bitstream Vera licence must travel with the font.
  preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 13, 14],
  // Hint: hinting programs (fpgm, prep, cvt) are most of DejaVu's bytes; PDF viewers scale outlines without them.
  dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'fpgm', 'prep', 'cvt ', 'hdmx', 'VDMX', 'LTSH', 'gasp'],
});
const font = fontkit.create(subset);
for (const ch of TICK_MARKS) if (!font.hasGlyphForCodePoint(ch.codePointAt(0))) throw new Error(`subset lacks ${ch}`);
writeFileSync(OUT, subset);
console.log(`${OUT}: ${subset.length} bytes, ${font.numGlyphs} glyphs, ${font.postscriptName}`);
