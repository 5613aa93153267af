#!/usr/bin/env node
// Measures the two fontkits pdf-lib can subset with, on the committed font: builds a
// short and a long glyph-grid PDF with each, renders them with poppler and mupdf and
// counts blank cells, checks qpdf/pdffonts/pdftotext, and prints a Markdown table
// (the numbers in docs/pdf-font-engine.md). Dev-time only; needs Node ≥ 22.18 (it
// loads the .ts helpers with Node's built-in type stripping).
//
//   node scripts/font/compare-engines.mjs [--write-pdfs DIR]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { embedSubsetFont, subsetFontName } from '../../src/pdf/font/embedSubsetFont.ts';
import { openFont } from '../../src/pdf/font/fontkitAdapter.ts';
import { missingCharacters } from '../../src/pdf/font/missingGlyphs.ts';
import { blankCells, buildGlyphGridPdf, textMismatches } from '../../tests/support/glyphGrid.ts';
import { drawableDistinct, longSample, readFontBytes, SHORT_TEXT } from '../../tests/support/fontSample.ts';
import { oldFontkit } from '../../tests/support/oldFontkit.ts';
import { pdfFonts, qpdfCheck } from '../../tests/support/pdfRender.ts';

// How each engine embeds the font; both get the same subset name so only the fontkit differs.
const ENGINES = {
  '@pdf-lib/fontkit 1.1.1': (bytes) => async (doc) => {
    doc.registerFontkit(oldFontkit);
    return doc.embedFont(bytes, { subset: true, customName: subsetFontName(openFont(bytes).postscriptName, 0) });
  },
  'fontkit 2.0.4 + adapter': (bytes) => (doc) => embedSubsetFont(doc, bytes),
};

function qpdfVerdict(pdf) {
  try {
    qpdfCheck(pdf);
    return 'ok';
  } catch (err) {
    return `FAIL: ${String(err.message).split('\n')[0]}`;
  }
}

function fontVerdict(pdf) {
  return pdfFonts(pdf)
    .map((f) => `${f.type}, emb ${f.embedded ? 'yes' : 'no'}, sub ${f.subset ? 'yes' : 'no'}, uni ${f.unicode ? 'yes' : 'no'}`)
    .join('; ');
}

const sample = (chars) => (chars.length <= 12 ? chars.join('') : `${chars.slice(0, 12).join('')}…`);

async function measure(engine, embed, label, chars) {
  const t0 = performance.now();
  const grid = await buildGlyphGridPdf(chars, embed);
  const ms = performance.now() - t0;
  const [poppler, mupdf] = blankCells(grid);
  const text = textMismatches(grid);
  return {
    engine, label, chars: chars.length, bytes: grid.pdf.length, ms: Math.round(ms),
    poppler: poppler.blank, mupdf: mupdf.blank, warnings: [poppler.warnings, mupdf.warnings].filter(Boolean).join(' | '),
    text, qpdf: qpdfVerdict(grid.pdf), fonts: fontVerdict(grid.pdf), grid,
  };
}

function printTable(rows) {
  console.log('| engine | PDF | chars | blank (poppler) | blank (mupdf) | pdftotext wrong | PDF bytes | build ms | qpdf --check | pdffonts |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---|---|');
  for (const r of rows) {
    const blank = (list) => `${list.length}${list.length ? ` (${sample(list)})` : ''}`;
    console.log(`| ${r.engine} | ${r.label} | ${r.chars} | ${blank(r.poppler)} | ${blank(r.mupdf)} | ${r.text.length} | ${r.bytes} | ${r.ms} | ${r.qpdf} | ${r.fonts} |`);
  }
  for (const r of rows) if (r.warnings) console.log(`\n${r.engine} ${r.label} renderer messages: ${r.warnings.slice(0, 400)}`);
}

async function main() {
  const { values } = parseArgs({ options: { 'write-pdfs': { type: 'string' } } });
  const fontBytes = readFontBytes();
  const font = openFont(fontBytes);
  console.log(`short text: missing from the font: ${missingCharacters(SHORT_TEXT, font).join(' ') || 'none'}`);
  const samples = { short: drawableDistinct(SHORT_TEXT, font), long: longSample(font, 3) };
  const rows = [];
  for (const [engine, embedWith] of Object.entries(ENGINES)) {
    for (const [label, chars] of Object.entries(samples)) rows.push(await measure(engine, embedWith(fontBytes), label, chars));
  }
  printTable(rows);
  if (values['write-pdfs']) {
    mkdirSync(values['write-pdfs'], { recursive: true });
    for (const r of rows) writeFileSync(join(values['write-pdfs'], `${r.engine.split(' ')[0].replace(/\W/g, '')}-${r.label}.pdf`), r.grid.pdf);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
