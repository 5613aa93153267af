// Reading the seed fixtures: slice out one attachment and normalise away what text extraction added.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedsDir = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));

/** The raw text of a seed fixture. */
export function readSeed(name: string): string {
  return readFileSync(seedsDir + name, 'utf8');
}

/** The part of `text` from the first `start` (at or after `from`) up to the next `end`. */
export function sliceBetween(text: string, start: string | RegExp, end: string | RegExp): string {
  const s = text.search(start);
  if (s < 0) throw new Error(`start marker not found: ${start}`);
  const rest = text.slice(s);
  const e = rest.slice(1).search(end);
  return e < 0 ? rest : rest.slice(0, e + 1);
}

/**
 * Normalise for comparison: drop HTML/markdown debris and page-number lines, unify half- and full-width
 * brackets and colons, drop the tick-box glyphs, and remove all whitespace (extraction breaks lines mid-word).
 */
export function normalise(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/^\s*\d{1,2}\s*$/gm, '')
    .replace(/\\_/g, '')
    .replace(/^\s*#+\s*/gm, '')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/[□_]/g, '')
    .replace(/\s+/g, '');
}
