// The document outline (bookmarks): one entry per part that starts a page — 封面, 填报说明 and each of the nine
// sections — so a reader of a 16-page PDF jumps to 「五、绿色化转型情况」 from the viewer's side panel.
// Hint: pdf-lib has no outline API; the dictionaries are those of ISO 32000-1 §12.3.3, written by hand.
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { FormDefinition } from '../forms/types';
import type { PagePlan } from './layout/types';
import { COVER_PAGE, INSTRUCTIONS_PAGE } from './render/document';

/** A bookmark: its title and the page (0-based) it opens. */
export interface OutlineEntry {
  readonly title: string;
  readonly page: number;
}

/** The entries for the pages that start a part, in page order. */
export function outlineEntries(form: FormDefinition, pages: readonly PagePlan[]): OutlineEntry[] {
  const titles = new Map<string, string>([
    [COVER_PAGE, '封面'],
    [INSTRUCTIONS_PAGE, '填报说明'],
    ...form.sections.map((s) => [s.id, `${s.number}、${s.title}`] as const),
  ]);
  return pages.flatMap((p, page) => {
    const title = p.sectionStart && titles.get(p.sectionStart);
    return title ? [{ title, page }] : [];
  });
}

/** Writes the outline into `doc` (pages already added) and asks viewers to show it on opening. */
export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const page = pages[entry.page];
    if (!page) throw new Error(`outline entry ${entry.title} points past the last page`);
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: root,
      // Hint: /XYZ left top zoom with null left and zoom keeps the reader's zoom, opening at the page's top.
      Dest: [page.ref, 'XYZ', null, page.getHeight(), null],
      ...(i > 0 ? { Prev: refs[i - 1]! } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1]! } : {}),
    });
    context.assign(refs[i]!, item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
