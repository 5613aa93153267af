// The volume's bookmarks as a tree: 申报表 (when bound in front), 封面, 目录, then each section with one entry
// per item under it. Hint: like src/pdf/outline.ts (flat), written by hand after ISO 32000-1 §12.3.3, as
// pdf-lib has no outline API; a parent's positive /Count keeps it open.
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

/** A bookmark: its title, the page (0-based) it opens, and entries under it. */
export interface OutlineNode {
  readonly title: string;
  readonly page: number;
  readonly children?: readonly OutlineNode[];
}

const _visible = (nodes: readonly OutlineNode[]): number => nodes.reduce((n, c) => n + 1 + _visible(c.children ?? []), 0);

function _write(doc: PDFDocument, nodes: readonly OutlineNode[], parent: PDFRef): PDFRef[] {
  const { context } = doc;
  const pages = doc.getPages();
  const refs = nodes.map(() => context.nextRef());
  nodes.forEach((node, i) => {
    const page = pages[node.page];
    if (!page) throw new Error(`outline entry ${node.title} points past the last page`);
    const kids = node.children?.length ? _write(doc, node.children, refs[i]!) : [];
    const entry: Record<string, PDFRef | PDFHexString | number | (PDFRef | string | number | null)[]> = {
      Title: PDFHexString.fromText(node.title),
      Parent: parent,
      Dest: [page.ref, 'XYZ', null, page.getHeight(), null],
    };
    if (i > 0) entry.Prev = refs[i - 1]!;
    if (i < refs.length - 1) entry.Next = refs[i + 1]!;
    if (kids.length) Object.assign(entry, { First: kids[0]!, Last: kids[kids.length - 1]!, Count: _visible(node.children!) });
    context.assign(refs[i]!, context.obj(entry));
  });
  return refs;
}

/** Writes the tree into `doc` (all pages added) and asks viewers to show it on opening. */
export function writeOutlineTree(doc: PDFDocument, nodes: readonly OutlineNode[]): void {
  if (nodes.length === 0) return;
  const root = doc.context.nextRef();
  const top = _write(doc, nodes, root);
  doc.context.assign(root, doc.context.obj({ Type: 'Outlines', First: top[0]!, Last: top[top.length - 1]!, Count: _visible(nodes) }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
