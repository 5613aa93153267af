// npm run pdf:samples [-- DIR] — write the blank and fixture-filled PDF of every notice (and hb-2024 with a
// full 3000-character plan, and nearly empty) to DIR (default .pdf-samples/), and render each page to PNG
// at 60 dpi with pdftoppm, for looking at the layout next to the seed text.
// Hint: the TypeScript sources import without file extensions, which Node cannot load; Vite's runner can.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { pdfAliases } from '../../src/pdf/vendor/aliases.mjs';

const dir = process.argv[2] ?? '.pdf-samples';
// Hint: the site's module aliases (pako → fflate, no Brotli), applied inside pdf-lib and fontkit too.
const VITE = { configFile: false, logLevel: 'silent', resolve: { alias: pdfAliases }, ssr: { noExternal: ['pdf-lib', 'fontkit'] } };
const load = async (path) => (await runnerImport(path, VITE)).module;
const fixtures = await load('./tests/support/pdfFixtures.ts');
const { withFullPlan } = await load('./tests/support/longPlan.ts');
mkdirSync(dir, { recursive: true });
const samples = fixtures.NOTICE_IDS.flatMap((noticeId) => [
  [`${noticeId}-blank`, () => fixtures.writeVariant(noticeId, 'blank')],
  [`${noticeId}-filled`, () => fixtures.writeVariant(noticeId, 'filled')],
]);
samples.push(['hb-2024-fullplan', () => fixtures.writeNoticePdf('hb-2024', withFullPlan(fixtures.fixtureValues('hb-2024')))]);
samples.push(['hb-2024-nearly-empty', () => fixtures.writeNoticePdf('hb-2024', { clusterName: '湖北省仙桃市非织造布产业' })]);
{
  for (const [name, write] of samples) {
    const t0 = performance.now();
    const { bytes, pages } = await write();
    writeFileSync(join(dir, `${name}.pdf`), bytes);
    execFileSync('pdftoppm', ['-png', '-r', '60', join(dir, `${name}.pdf`), join(dir, name)]);
    console.log(`${name}: ${pages.length} pages, ${(bytes.length / 1024).toFixed(0)} KB, ${(performance.now() - t0).toFixed(0)} ms`);
  }
}
