// node scripts/pdf/compare-seeds.mjs — the blank PDF of each notice against its seed, word by word: the PDF's text
// (pdftotext -raw, page numbers and whitespace removed) cut into 6-character pieces, each looked for in the seed's
// form (cover to section 九), and the seed's form cut the same way and looked for in the PDF. Prints the pieces
// found on one side only; docs/pdf.md says why each remaining one differs. Needs the seeds in /work/shared/seeds
// (or SEEDS=DIR) and poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { pdfAliases } from '../../src/pdf/vendor/aliases.mjs';

const VITE = { configFile: false, logLevel: 'silent', resolve: { alias: pdfAliases }, ssr: { noExternal: ['pdf-lib', 'fontkit'] } };
const fx = (await runnerImport('./tests/support/pdfFixtures.ts', VITE)).module;
const SEEDS = process.env.SEEDS ?? '/work/shared/seeds';
const seedOf = { 'gd-2023': '000_262e78c9b69b8d09.txt', 'sc-2023': '004_e6b8185378e29ef2.txt', 'hb-2024': '002_2ceddd3842ac3a64.txt' };
// Hint: the seeds print □ (and Word's lost glyphs as 「(」) before options; the PDF draws boxes and writes ☑/□ invisibly.
const squash = (t) => t.replace(/\s+/g, '').replace(/[□☑(]/g, '');
const pieces = (t) => Array.from({ length: Math.ceil(t.length / 6) }, (_, i) => t.slice(i * 6, i * 6 + 6));
const dir = mkdtempSync(join(tmpdir(), 'seeds-'));

for (const id of fx.NOTICE_IDS) {
  const file = join(dir, `${id}.pdf`);
  writeFileSync(file, (await fx.writeVariant(id, 'blank')).bytes);
  const pdf = squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/第 \d+ 页 共 \d+ 页/g, ''));
  const whole = squash(readFileSync(join(SEEDS, seedOf[id]), 'utf8'));
  const from = whole.indexOf('中小企业特色产业集群申报表集群名称');
  const seed = whole.slice(from, whole.indexOf('年月日', whole.indexOf('推荐单位（公章）')) + 3);
  console.log(`${id} (seed ${seedOf[id]}): PDF ${pdf.length} characters, seed form ${seed.length}`);
  console.log(`  in the PDF, not the seed: ${pieces(pdf).filter((p) => !seed.includes(p)).join(' | ') || '—'}`);
  console.log(`  in the seed, not the PDF: ${pieces(seed).filter((p) => !pdf.includes(p)).join(' | ') || '—'}`);
}
