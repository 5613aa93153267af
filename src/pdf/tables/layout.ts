// Laying a table document out on landscape pages: the title and its lines on the first page, the header on
// every page, rows never split (unless one is taller than a page), the footnote kept with the last row, and
// 「第 N 页 共 M 页」 on each page once the count is known.
import { cellHeight, makeCell } from '../layout/cell';
import { drawCell } from '../layout/draw';
import { splitUnit } from '../layout/split';
import type { Cell, DrawOp, PagePlan, Para, RowUnit } from '../layout/types';
import type { TextMeasure } from '../text/metrics';
import { SHEET_BODY, TABLE_DOC, TOP_SHIFT } from './geometry';
import { layoutHeader, placeLeaves } from './header';
import type { PlacedLeaf, TableHeader } from './header';
import type { TableDocument, TableRow } from './types';

const text = (t: string) => ({ kind: 'text', text: t }) as const;
const para = (t: string, size: number, align: Para['align'] = 'left', bold = false): Para => ({ runs: [text(t)], size, align, bold, leading: TABLE_DOC.leading });
const block = (x: number, width: number, paras: readonly Para[], measure: TextMeasure): Cell =>
  makeCell(x, width, paras, measure, { border: false, padX: 0, padY: 2, minHeight: 0, valign: 'top' });

/** Draws a cell with its top `top` below the top of a landscape page. */
const draw = (ops: DrawOp[], cell: Cell, top: number, height = cellHeight(cell)) => drawCell(ops, cell, top + TOP_SHIFT, height);

function _row(row: TableRow, leaves: readonly PlacedLeaf[], measure: TextMeasure): RowUnit {
  const minHeight = Math.max(TABLE_DOC.minRowHeight, (row.minLines ?? 0) * TABLE_DOC.cell * TABLE_DOC.leading + 2 * TABLE_DOC.padY);
  const cells = leaves.map((l, i) => {
    const value = row.cells[i] ?? '';
    const paras = value ? [para(value, TABLE_DOC.cell, l.column.align ?? 'left', row.strong === true)] : [];
    return makeCell(l.x, l.width, paras, measure, { padX: TABLE_DOC.padX, padY: TABLE_DOC.padY, minHeight });
  });
  return { kind: 'row', cells };
}

function _heading(doc: TableDocument, measure: TextMeasure): Cell[] {
  const { x, width } = SHEET_BODY;
  const title = block(x, width, [para(doc.title, TABLE_DOC.title, 'center', true)], measure);
  const lines = (doc.headerLines ?? []).flatMap((l) => [
    block(x, width * 0.55, [para(l.left ?? '', TABLE_DOC.line)], measure),
    block(x + width * 0.55, width * 0.45, [para(l.right ?? '', TABLE_DOC.line)], measure),
  ]);
  return [title, ...lines];
}

class TablePages {
  readonly pages: PagePlan[] = [];
  private y = 0;
  constructor(private readonly header: TableHeader) {}

  get room(): number {
    return SHEET_BODY.bottom - this.y;
  }

  newPage(withHeader = true): void {
    this.pages.push({ ops: [], used: 0 });
    this.y = SHEET_BODY.top;
    if (withHeader) this.drawHeader();
  }

  drawHeader(): void {
    const ops = this.ops;
    for (const h of this.header.cells) {
      const top = this.y + this.header.heights.slice(0, h.level).reduce((n, x) => n + x, 0);
      draw(ops, h.cell, top, this.header.heights.slice(h.level, h.level + h.levels).reduce((n, x) => n + x, 0));
    }
    this.y += this.header.height;
  }

  get ops(): DrawOp[] {
    return this.pages[this.pages.length - 1]!.ops;
  }

  /** Places a block side by side with others of the same line (header lines) or alone. */
  place(cells: readonly Cell[]): void {
    const h = Math.max(...cells.map((c) => cellHeight(c)));
    for (const c of cells) draw(this.ops, c, this.y, h);
    this.y += h;
  }

  row(unit: RowUnit, keep = 0): void {
    let rest: RowUnit | null = unit;
    while (rest) {
      const h = Math.max(...rest.cells.map(cellHeight));
      if (h + keep <= this.room + 0.01) {
        this.place(rest.cells);
        return;
      }
      const page = SHEET_BODY.bottom - SHEET_BODY.top - this.header.height;
      if (h <= page) {
        this.newPage();
        continue;
      }
      // Hint: only a row taller than a whole page is cut, between lines (layout/split.ts), so nothing is lost.
      const { head, tail } = splitUnit(rest, this.room, page);
      if (head) this.place((head as RowUnit).cells);
      if (tail) this.newPage();
      rest = tail as RowUnit | null;
    }
  }
}

function _pageNumbers(pages: PagePlan[], measure: TextMeasure): void {
  pages.forEach((p, i) => {
    const cell = block(SHEET_BODY.x, SHEET_BODY.width, [para(`第 ${i + 1} 页 共 ${pages.length} 页`, TABLE_DOC.pageNumber, 'center')], measure);
    draw(p.ops, cell, TABLE_DOC.pageNumberTop);
  });
}

/** The pages of a table document. */
export function layoutTableDocument(doc: TableDocument, measure: TextMeasure): PagePlan[] {
  const leaves = placeLeaves(doc.columns, SHEET_BODY.x, SHEET_BODY.width);
  const header = layoutHeader(doc.columns, leaves, measure);
  const pages = new TablePages(header);
  pages.newPage(false);
  const heading = _heading(doc, measure);
  pages.place([heading[0]!]);
  for (let i = 1; i < heading.length; i += 2) pages.place(heading.slice(i, i + 2));
  pages.drawHeader();
  const foot = doc.footnote ? block(SHEET_BODY.x, SHEET_BODY.width, [para(doc.footnote, TABLE_DOC.footnote)], measure) : undefined;
  const units = doc.rows.map((r) => _row(r, leaves, measure));
  const heights = units.map((u) => Math.max(...u.cells.map(cellHeight)));
  // Hint: what must share the page with a row: the rows it is kept with, and the footnote after the last row.
  const after = (i: number): number => {
    if (i === units.length - 1) return foot ? cellHeight(foot) : 0;
    return doc.rows[i]!.keepWithNext ? heights[i + 1]! + after(i + 1) : 0;
  };
  units.forEach((u, i) => pages.row(u, after(i)));
  if (foot) {
    if (cellHeight(foot) > pages.room) pages.newPage(false);
    pages.place([foot]);
  }
  _pageNumbers(pages.pages, measure);
  return pages.pages;
}
