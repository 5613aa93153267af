// Renders PDFs with the command-line tools a reader's viewer is built on (poppler,
// mupdf), and checks them with qpdf, pdffonts and pdftotext, so tests can ask "is
// there ink where a character should be?" rather than trusting the writer.
// Node-only test support; imports nothing but Node built-ins so that scripts run by
// plain `node` (scripts/font/compare-engines.mjs) can load it too.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Renderer = 'poppler' | 'mupdf';
export const RENDERERS: readonly Renderer[] = ['poppler', 'mupdf'];

/** An 8-bit greyscale page image: 0 is black, 255 white. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

export interface RenderResult {
  pages: GrayImage[];
  /** What the renderer printed on stderr: font substitutions and broken glyphs show up here. */
  warnings: string;
}

/** A rectangle in PDF points, origin bottom-left, as pdf-lib draws. */
export interface PdfBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pdf-render-'));
}

/**
 * Environment under which poppler finds no system font at all, so a glyph the PDF
 * does not carry itself cannot be quietly drawn from a font on this machine.
 */
export function noSystemFontsEnv(dir: string): NodeJS.ProcessEnv {
  const conf = join(dir, 'fonts.conf');
  writeFileSync(conf, '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n');
  return { ...process.env, FONTCONFIG_FILE: conf, FONTCONFIG_PATH: dir, HOME: dir };
}

// Messages that say nothing about the document: this mupdf build lacks colour management.
const BENIGN = [/^warning: ICC support is not available$/];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): string {
  const res = spawnSync(cmd, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.error) throw res.error;
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  return res.stderr;
}

/** Parses binary PGM (P5, maxval 255), the greyscale format both renderers write. */
export function parsePgm(bytes: Uint8Array): GrayImage {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 64));
  const m = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m || m[3] !== '255') throw new Error(`not an 8-bit binary PGM: ${JSON.stringify(header.slice(0, 20))}`);
  const width = Number(m[1]);
  const height = Number(m[2]);
  const pixels = bytes.subarray(m[0].length, m[0].length + width * height);
  if (pixels.length !== width * height) throw new Error('truncated PGM');
  return { width, height, pixels };
}

function renderCommand(renderer: Renderer, pdf: string, dir: string, dpi: number): [string, string[]] {
  if (renderer === 'poppler') return ['pdftoppm', ['-r', String(dpi), '-gray', pdf, join(dir, 'page')]];
  return ['mutool', ['draw', '-q', '-r', String(dpi), '-c', 'gray', '-o', join(dir, 'page-%04d.pnm'), pdf]];
}

/** Renders every page to greyscale at `dpi`, with no system fonts to fall back on. */
export function renderPdf(pdfBytes: Uint8Array, renderer: Renderer, dpi = 100): RenderResult {
  const dir = tempDir();
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, pdfBytes);
    const [cmd, args] = renderCommand(renderer, pdf, dir, dpi);
    const stderr = run(cmd, args, noSystemFontsEnv(dir));
    const warnings = stderr.split('\n').filter((line) => line.trim() && !BENIGN.some((re) => re.test(line.trim()))).join('\n');
    const files = readdirSync(dir).filter((f) => f.startsWith('page')).sort();
    return { pages: files.map((f) => parsePgm(readFileSync(join(dir, f)))), warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How many pixels inside `box` are darker than `darkerThan` (default mid-grey). */
export function inkInBox(pages: GrayImage[], box: PdfBox, dpi = 100, darkerThan = 128): number {
  const page = pages[box.page];
  if (!page) throw new Error(`no page ${box.page} (rendered ${pages.length})`);
  const scale = dpi / 72;
  const pageHeightPx = page.height;
  const x0 = Math.max(0, Math.floor(box.x * scale));
  const x1 = Math.min(page.width, Math.ceil((box.x + box.width) * scale));
  const y0 = Math.max(0, Math.floor(pageHeightPx - (box.y + box.height) * scale));
  const y1 = Math.min(pageHeightPx, Math.ceil(pageHeightPx - box.y * scale));
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if ((page.pixels[y * page.width + x] ?? 255) < darkerThan) ink++;
  }
  return ink;
}

/** Writes the PDF to a temp file for a command-line tool and cleans up after it. */
function withPdfFile<T>(pdfBytes: Uint8Array, use: (path: string, dir: string) => T): T {
  const dir = tempDir();
  try {
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, pdfBytes);
    return use(pdf, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `qpdf --check`: exit 0 and no warnings. Returns its report; throws when it objects. */
export function qpdfCheck(pdfBytes: Uint8Array): string {
  return withPdfFile(pdfBytes, (pdf) => {
    const res = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`qpdf --check exited ${res.status}: ${res.stdout}${res.stderr}`);
    return res.stdout;
  });
}

export interface PdfFontRow {
  name: string;
  type: string;
  encoding: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The font table `pdffonts` prints, one row per font resource. */
export function pdfFonts(pdfBytes: Uint8Array): PdfFontRow[] {
  const out = withPdfFile(pdfBytes, (pdf) => execFileSync('pdffonts', [pdf], { encoding: 'utf8' }));
  const lines = out.trimEnd().split('\n').slice(2); // header and dashes
  return lines.map((line) => {
    // name type encoding emb sub uni object ID — type may contain spaces ("CID TrueType").
    const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
    if (!m) throw new Error(`unexpected pdffonts line: ${line}`);
    return { name: m[1]!, type: m[2]!, encoding: m[3]!, embedded: m[4] === 'yes', subset: m[5] === 'yes', unicode: m[6] === 'yes' };
  });
}

/**
 * The text pdftotext extracts (through the ToUnicode maps), one string per page. With `raw`, in content
 * stream order (pdftotext -raw) rather than re-flowed by position, so a table cell's lines stay together.
 */
export function pdfText(pdfBytes: Uint8Array, options: { raw?: boolean } = {}): string[] {
  const args = [...(options.raw ? ['-raw'] : []), '-enc', 'UTF-8'];
  const out = withPdfFile(pdfBytes, (pdf) => execFileSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return out.split('\f').slice(0, -1);
}
