// A table document (src/pdf/tables/types.ts) as an editable .docx, the Word twin of the table-document PDF:
// A4 landscape with the same margins, the title and the lines under it, the column tree as merged header cells
// repeated on every page, one row per entry (never split across pages), the footnote, 「第 N 页 共 M 页」.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { SHEET, SHEET_BODY, TABLE_DOC } from '../pdf/tables/geometry';
import type { TableColumn, TableDocument, TableLeafColumn } from '../pdf/tables/types';
import { PAGE } from '../pdf/style';
import { DOCUMENT_DEFAULTS, twip } from './runs';
import { pageNumberFooter } from './writer';

const _leaves = (c: TableColumn): TableLeafColumn[] => ('children' in c ? c.children.flatMap(_leaves) : [c]);
const _depth = (c: TableColumn): number => ('children' in c ? 1 + Math.max(...c.children.map(_depth)) : 1);
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** The document's own default run: 小五 in the table's fonts; runs of another size say so. */
const CELL_SIZE = Math.round(TABLE_DOC.cell * 2);
const _run = (text: string, pt: number, bold = false) => new TextRun({ text, ...(Math.round(pt * 2) !== CELL_SIZE ? { size: Math.round(pt * 2) } : {}), ...(bold ? { bold } : {}) });

/** Paragraphs of a cell's text, one per line typed, in 小五 (or `size`). */
function _paras(text: string, align: keyof typeof ALIGN, size: number, bold = false): Paragraph[] {
  return text.split('\n').map((line) => new Paragraph({ ...(align !== 'left' ? { alignment: ALIGN[align] } : {}), children: [_run(line, size, bold)] }));
}

function _cell(text: string, width: number, options: { align: keyof typeof ALIGN; bold?: boolean; span?: number; merge?: 'restart' | 'continue' }): TableCell {
  const pad = { left: twip(TABLE_DOC.padX), right: twip(TABLE_DOC.padX), top: twip(TABLE_DOC.padY), bottom: twip(TABLE_DOC.padY) };
  return new TableCell({
    children: options.merge === 'continue' ? [new Paragraph({})] : _paras(text, options.align, TABLE_DOC.cell, options.bold),
    width: { size: twip(width), type: WidthType.DXA },
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.merge ? { verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    margins: pad,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE },
  });
}

/** The header rows: a group spans its leaves across one level; a leaf above the deepest level is merged down. */
function _headerRows(columns: readonly TableColumn[], widths: readonly number[]): TableRow[] {
  const depth = Math.max(...columns.map(_depth));
  const rows: TableCell[][] = Array.from({ length: depth }, () => []);
  const put = (cs: readonly TableColumn[], level: number, at: number): void => {
    let col = at;
    for (const c of cs) {
      const span = _leaves(c).length;
      const width = widths.slice(col, col + span).reduce((n, w) => n + w, 0);
      const down = 'children' in c ? 1 : depth - level;
      rows[level]!.push(_cell(c.label, width, { align: 'center', bold: true, span, ...(down > 1 ? { merge: 'restart' } : {}) }));
      for (let l = level + 1; l < level + down; l++) rows[l]!.push(_cell('', width, { align: 'center', span, merge: 'continue' }));
      if ('children' in c) put(c.children, level + 1, col);
      col += span;
    }
  };
  put(columns, 0, 0);
  // Hint: cells were pushed level by level out of column order; each level's cells are in order by construction.
  return rows.map((cells) => new TableRow({ children: cells, tableHeader: true, cantSplit: true }));
}

function _table(doc: TableDocument): Table {
  const leaves = doc.columns.flatMap(_leaves);
  const total = leaves.reduce((n, l) => n + l.width, 0);
  const widths = leaves.map((l) => (l.width / total) * SHEET_BODY.width);
  const body = doc.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: leaves.map((l, i) => _cell(r.cells[i] ?? '', widths[i]!, { align: l.align ?? 'left', bold: r.strong === true })),
      }),
  );
  return new Table({
    rows: [..._headerRows(doc.columns, widths), ...body],
    columnWidths: widths.map(twip),
    width: { size: twip(SHEET_BODY.width), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

/** The title, then each header line with its right part at a tab stop past the middle. */
function _heading(doc: TableDocument): Paragraph[] {
  const title = new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: twip(6) }, children: [_run(doc.title, TABLE_DOC.title, true)] });
  const lines = (doc.headerLines ?? []).map(
    (l) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.LEFT, position: twip(SHEET_BODY.width * 0.55) }],
        spacing: { after: twip(4) },
        children: [_run(`${l.left ?? ''}${l.right ? `\t${l.right}` : ''}`, TABLE_DOC.line)],
      }),
  );
  return [title, ...lines];
}

/** The document, ready to pack. */
export function tableDocxDocument(doc: TableDocument): Document {
  const foot = doc.footnote ? _paras(doc.footnote, 'left', TABLE_DOC.footnote) : [];
  return new Document({
    title: doc.title,
    ...(doc.subject ? { subject: doc.subject } : {}),
    creator: '集群申报助手',
    lastModifiedBy: '集群申报助手',
    styles: { default: { document: { ...DOCUMENT_DEFAULTS, run: { ...DOCUMENT_DEFAULTS.run, size: CELL_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            // Hint: docx swaps a portrait size for PageOrientation.LANDSCAPE, so the portrait A4 is given.
            size: { width: twip(PAGE.width), height: twip(PAGE.height), orientation: PageOrientation.LANDSCAPE },
            margin: { top: twip(SHEET.top), bottom: twip(SHEET.bottom), left: twip(SHEET.left), right: twip(SHEET.right), footer: twip(SHEET.bottom / 2) },
          },
        },
        footers: { default: pageNumberFooter(TABLE_DOC.pageNumber) },
        children: [..._heading(doc), _table(doc), ...foot],
      },
    ],
  });
}

/** Writes the table document as .docx bytes. */
export async function writeTableDocx(doc: TableDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(tableDocxDocument(doc)));
}
