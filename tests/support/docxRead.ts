// Reading back a written .docx for tests: its parts unzipped, document.xml's text in order, its tables and
// merged cells per docx section, and a LibreOffice round trip to PDF (「opens cleanly」 tested, not assumed).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';

/** A part of the package as text, e.g. `word/document.xml`. */
export function docxPart(bytes: Uint8Array, name: string): string {
  const part = unzipSync(bytes, { filter: (f) => f.name === name })[name];
  if (!part) throw new Error(`DOCX 中没有 ${name}`);
  return strFromU8(part);
}

const _decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every `<w:t>` in order. */
export function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => _decode(m[1]!)).join('');
}

/** document.xml cut at each section end (`<w:sectPr>` inside a paragraph or at the body's end). */
export function docxSections(xml: string): string[] {
  const body = xml.slice(xml.indexOf('<w:body>'), xml.lastIndexOf('</w:body>'));
  return body.split(/<w:sectPr[\s>]/).slice(0, -1);
}

/** Rows, vertical merges started, and cells spanning several grid columns, of one stretch of document.xml. */
export function tableShape(xml: string): { rows: number; mergesStarted: number; mergedContinues: number; wideCells: number } {
  return {
    rows: (xml.match(/<w:tr[\s>]/g) ?? []).length,
    mergesStarted: (xml.match(/<w:vMerge w:val="restart"\/>/g) ?? []).length,
    mergedContinues: (xml.match(/<w:vMerge(?: w:val="continue")?\/>/g) ?? []).length,
    wideCells: (xml.match(/<w:gridSpan w:val="([2-9]|\d\d+)"\/>/g) ?? []).length,
  };
}

/** The .docx converted to PDF by LibreOffice (headless, a profile of its own), as bytes. Hint: run without blocking
 * the test worker (10–40 s on a loaded machine), so vitest's messages to and from the worker are answered meanwhile. */
export async function libreOfficePdf(docx: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'docx-'));
  try {
    writeFileSync(join(dir, 'form.docx'), docx);
    const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
    await promisify(execFile)('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'form.docx')], { timeout: 240_000 });
    return new Uint8Array(readFileSync(join(dir, 'form.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
