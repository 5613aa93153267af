// A page's units (cover, 填报说明 or a section) as Word blocks: borderless running text as paragraphs, runs of
// ruled units as one table each (grid.ts), in the order the PDF prints them.
import {
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Cell, RowUnit, Unit } from '../pdf/layout/types';
import { TABLE } from '../pdf/style';
import { gridOf, type GridCell, type GridRow } from './grid';
import { paragraphOf, spaceParagraph, twip } from './runs';

/** Borderless running text (headings, 正文, plan text) or empty room, as opposed to a ruled row. */
const _isFlow = (u: Unit): u is RowUnit => u.kind === 'row' && u.cells.every((c) => !c.border);

const RULE = { style: BorderStyle.SINGLE, size: Math.round(TABLE.rule * 8), color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
/** Every table is ruled; a borderless cell says so itself. */
const TABLE_BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE } as const;
/** The usual cell padding, set once per table; a cell padded otherwise says so itself. */
const TABLE_MARGINS = { left: twip(TABLE.padX), right: twip(TABLE.padX), top: twip(TABLE.padY), bottom: twip(TABLE.padY) } as const;

/** A cell's own borders and margins, where they differ from the table's. */
function _own(cell: Cell) {
  const padded = cell.padX !== TABLE.padX || cell.padY !== TABLE.padY;
  return {
    ...(cell.border ? {} : { borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } }),
    ...(padded ? { margins: { left: twip(cell.padX), right: twip(cell.padX), top: twip(cell.padY), bottom: twip(cell.padY) } } : {}),
  };
}

function _cellParagraphs(cell: Cell, keepNext: boolean): Paragraph[] {
  const extra = keepNext ? { keepNext: true } : {};
  const paras = cell.paras.map((p) => paragraphOf(p, cell.width - 2 * cell.padX, extra));
  return paras.length ? paras : [new Paragraph({ children: [], ...extra })];
}

function _tableCell(g: GridCell, columns: readonly number[], keepNext: boolean): TableCell {
  const width = columns.slice(g.column, g.column + g.span).reduce((n, w) => n + w, 0);
  const { cell } = g;
  return new TableCell({
    children: g.merge === 'continue' ? [new Paragraph({ children: [], ...(keepNext ? { keepNext: true } : {}) })] : _cellParagraphs(cell, keepNext),
    width: { size: twip(width), type: WidthType.DXA },
    ...(g.span > 1 ? { columnSpan: g.span } : {}),
    ...(g.merge ? { verticalMerge: g.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    verticalAlign: cell.valign === 'top' ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
    ..._own(cell),
  });
}

function _tableRow(row: GridRow, columns: readonly number[]): TableRow {
  const own = row.cells.filter((c) => c.merge !== 'continue');
  const height = Math.max(0, ...own.map((c) => c.cell.minHeight));
  return new TableRow({
    children: row.cells.map((c) => _tableCell(c, columns, row.keepWithNext)),
    ...(row.header ? { tableHeader: true } : {}),
    cantSplit: true,
    ...(height > 0 ? { height: { value: twip(height), rule: HeightRule.ATLEAST } } : {}),
  });
}

/** One Word table for consecutive ruled units. */
export function tableOf(units: readonly Unit[]): Table {
  const grid = gridOf(units);
  return new Table({
    rows: grid.rows.map((r) => _tableRow(r, grid.columns)),
    columnWidths: grid.columns.map(twip),
    width: { size: twip(grid.columns.reduce((n, w) => n + w, 0)), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: TABLE_MARGINS,
  });
}

function _flowParagraphs(unit: RowUnit): Paragraph[] {
  const [cell] = unit.cells;
  if (!cell || cell.paras.length === 0) return [spaceParagraph(cell?.minHeight ?? 0)];
  return cell.paras.map((p) => paragraphOf(p, cell.width - 2 * cell.padX, unit.keepWithNext ? { keepNext: true } : {}));
}

/** A hair of space between two tables, so Word does not join them. */
const _between = () => new Paragraph({ children: [], spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });

/**
 * The page's blocks in order: running text as paragraphs, ruled units as tables.
 * Hint: a unit with a repeating header (a year table) is a table of its own, or Word would repeat its header
 * over the rows that follow it.
 */
export function blocksOf(units: readonly Unit[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let ruled: Unit[] = [];
  const flush = () => {
    if (ruled.length) out.push(tableOf(ruled), _between());
    ruled = [];
  };
  for (const unit of units) {
    if (_isFlow(unit)) {
      flush();
      out.push(..._flowParagraphs(unit));
    } else if (unit.kind === 'table') {
      flush();
      ruled = [unit];
      flush();
    } else ruled.push(unit);
  }
  flush();
  return out;
}
