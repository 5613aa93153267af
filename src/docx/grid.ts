// The layout's ruled units (rows, spans, tables) as the rows of one Word table: every cell keeps its x range,
// so the table's grid is made of all the cells' edges; a span's cell is merged down over the rows of its
// children (vertical merge), a cell over several grid columns spans them (gridSpan). The same rows and merged
// cells as the PDF, by construction.
import type { Cell, Unit } from '../pdf/layout/types';

/** A cell placed in a grid row: where it starts and how many grid columns it covers. */
export interface GridCell {
  readonly cell: Cell;
  readonly column: number;
  readonly span: number;
  /** Part of a vertical merge: the first row of it (`restart`) or a row below (`continue`, no content). */
  readonly merge?: 'restart' | 'continue';
}

export interface GridRow {
  readonly cells: readonly GridCell[];
  /** Repeated at the top of each page the table runs onto. */
  readonly header: boolean;
  /** Inside a merged label, not its last row: kept on the page of the next row, as the PDF keeps a group. */
  readonly keepWithNext: boolean;
}

export interface Grid {
  /** Column widths in points. */
  readonly columns: readonly number[];
  readonly rows: readonly GridRow[];
}

interface Placed {
  readonly cell: Cell;
  readonly merge?: 'restart' | 'continue';
}
interface FlatRow {
  readonly cells: readonly Placed[];
  readonly header: boolean;
  readonly keepWithNext?: boolean;
}

/** Edges compared to a tenth of a point, so sums of shares do not make hair-thin columns. */
const _edge = (x: number) => Math.round(x * 10) / 10;

function _flatten(unit: Unit, header = false): FlatRow[] {
  if (unit.kind === 'row') return [{ cells: unit.cells.map((cell) => ({ cell })), header }];
  if (unit.kind === 'table') return [...unit.header.flatMap((u) => _flatten(u, true)), ...unit.body.flatMap((u) => _flatten(u, header))];
  const rows = unit.children.flatMap((u) => _flatten(u, header));
  if (rows.length === 0) return [{ cells: [{ cell: unit.cell }], header }];
  const last = rows.length - 1;
  return rows.map((r, i) => ({
    ...r,
    keepWithNext: r.keepWithNext || i < last,
    cells: [{ cell: unit.cell, merge: i === 0 ? 'restart' : 'continue' }, ...r.cells],
  }));
}

/** The grid of some ruled units: columns from every cell edge, rows with their cells placed on it. */
export function gridOf(units: readonly Unit[]): Grid {
  const flat = units.flatMap((u) => _flatten(u));
  const edges = [...new Set(flat.flatMap((r) => r.cells.flatMap((p) => [_edge(p.cell.x), _edge(p.cell.x + p.cell.width)])))].sort((a, b) => a - b);
  const at = (x: number) => edges.indexOf(_edge(x));
  const rows = flat.map((r) => ({
    header: r.header,
    keepWithNext: r.keepWithNext ?? false,
    cells: [...r.cells]
      .sort((a, b) => a.cell.x - b.cell.x)
      .map((p) => ({ cell: p.cell, column: at(p.cell.x), span: at(p.cell.x + p.cell.width) - at(p.cell.x), ...(p.merge ? { merge: p.merge } : {}) })),
  }));
  return { columns: edges.slice(1).map((e, i) => e - edges[i]!), rows };
}
