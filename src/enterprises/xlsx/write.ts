// A table document (src/pdf/tables/types.ts) as an .xlsx workbook (write-excel-file): the title merged across, the
// header lines, the column tree as merged header cells, ruled cells, numbers as numbers where a column is numeric,
// the footnote; landscape, header rows frozen. Loaded only on the 一企一表 page.
import writeXlsxFile from 'write-excel-file/universal';
import type { Cell, CellObject, Row } from 'write-excel-file/universal';
import { parseNumberText } from '../../forms/numbers';
import type { TableColumn, TableDocument, TableLeafColumn } from '../../pdf/tables/types';
import { printSetup } from './printSetup';

const FONT = '宋体';
const ruled = { borderStyle: 'thin', borderColor: '#000000', wrap: true, alignVertical: 'center' } as const;

const _leaves = (c: TableColumn): TableLeafColumn[] => ('children' in c ? c.children.flatMap(_leaves) : [c]);
const _depth = (c: TableColumn): number => ('children' in c ? 1 + Math.max(...c.children.map(_depth)) : 1);

/** The header rows: a group spans its leaves; a leaf above the deepest level spans down to it. */
function _headerRows(columns: readonly TableColumn[], width: number): Row[] {
  const depth = Math.max(...columns.map(_depth));
  const rows: Cell[][] = Array.from({ length: depth }, () => Array<Cell>(width).fill(null));
  const put = (cs: readonly TableColumn[], level: number, at: number): void => {
    let col = at;
    for (const c of cs) {
      const span = _leaves(c).length;
      const rowSpan = 'children' in c ? 1 : depth - level;
      const cell: CellObject = { ...ruled, value: c.label, align: 'center', fontWeight: 'bold', ...(span > 1 ? { columnSpan: span } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
      rows[level]![col] = cell;
      if ('children' in c) put(c.children, level + 1, col);
      col += span;
    }
  };
  put(columns, 0, 0);
  return rows;
}

function _value(text: string | undefined, leaf: TableLeafColumn): CellObject {
  const parsed = leaf.numeric ? parseNumberText(text) : undefined;
  const value = parsed?.kind === 'number' ? parsed.value : text;
  return { ...ruled, ...(value !== undefined && value !== '' ? { value } : {}), align: leaf.align ?? 'left' };
}

function _line(left: string | undefined, right: string | undefined, width: number): Row {
  const half = Math.max(1, Math.round(width * 0.55));
  const row: Cell[] = Array<Cell>(width).fill(null);
  row[0] = { value: left ?? '', columnSpan: half };
  if (right) row[half] = { value: right, columnSpan: width - half };
  return row;
}

/** The document as sheet rows, and how many rows stay frozen (title, lines, header). */
export function documentRows(doc: TableDocument): { rows: Row[]; frozen: number } {
  const leaves = doc.columns.flatMap(_leaves);
  const width = leaves.length;
  const title: Row = [{ value: doc.title, columnSpan: width, align: 'center', fontWeight: 'bold', fontSize: 16 }, ...Array<Cell>(width - 1).fill(null)];
  const lines = (doc.headerLines ?? []).map((l) => _line(l.left, l.right, width));
  const header = _headerRows(doc.columns, width);
  const body = doc.rows.map((r) => leaves.map((leaf, i) => ({ ..._value(r.cells[i], leaf), ...(r.strong ? { fontWeight: 'bold' as const } : {}) })));
  const foot: Row[] = doc.footnote ? [[{ value: doc.footnote, columnSpan: width }, ...Array<Cell>(width - 1).fill(null)]] : [];
  return { rows: [title, ...lines, ...header, ...body, ...foot], frozen: 1 + lines.length + header.length };
}

/** The workbook's bytes: one sheet, landscape, one page wide, title and header repeated on every printed page. */
export async function writeDocumentXlsx(doc: TableDocument, sheet: string): Promise<Blob> {
  const { rows, frozen } = documentRows(doc);
  const name = sheet.slice(0, 31);
  const columns = doc.columns.flatMap(_leaves).map((l) => ({ width: Math.round(l.width * 2) }));
  // Hint: 宋体 is what a Chinese office's Excel/WPS sets a table in; the file names it, it carries no font.
  const options = { fontFamily: FONT, fontSize: 10, features: [printSetup(name, frozen)] };
  return writeXlsxFile(rows, { sheet: name, orientation: 'landscape', columns, stickyRowsCount: frozen }, options).toBlob();
}
