// A table document, described as plain data: a title, lines under it, columns (a tree: a group's label is a merged
// header cell over its children), rows of texts and a footnote. The writer lays it out on A4 landscape pages; the
// description knows nothing of enterprises, so any list (表1, 统计汇总表, 推荐汇总表) is written the same way.

/** A column: a leaf holding the rows' cells, or a group whose label spans its children's. */
export type TableColumn = TableLeafColumn | TableGroupColumn;

export interface TableLeafColumn {
  /** Header text. */
  readonly label: string;
  /** Relative width: the leaves share the page's width in proportion to these. */
  readonly width: number;
  /** How the rows' cells of this column align (numbers: right); the header is always centred. */
  readonly align?: 'left' | 'center' | 'right';
  /** Its cells are numbers: a spreadsheet copy stores those that parse as numbers, so they can be summed. */
  readonly numeric?: boolean;
}

export interface TableGroupColumn {
  readonly label: string;
  readonly children: readonly TableColumn[];
}

/** One row: one text per leaf column, in order (missing or empty: a blank cell). */
export interface TableRow {
  readonly cells: readonly (string | undefined)[];
  /** Printed in bold (合计 rows). */
  readonly strong?: boolean;
  /** At least this many lines high (room to write by hand in a blank form). */
  readonly minLines?: number;
  /** Kept on the same page as the next row (rows of totals stay together). */
  readonly keepWithNext?: boolean;
}

/** A line under the title: a left part and a right part (「填表单位：（盖章）」 … 「填报人和手机：」). */
export interface TableHeaderLine {
  readonly left?: string;
  readonly right?: string;
}

export interface TableDocument {
  readonly title: string;
  readonly headerLines?: readonly TableHeaderLine[];
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Printed under the table, after the last row. */
  readonly footnote?: string;
  /** PDF metadata: the document's subject (the notice, the cluster). */
  readonly subject?: string;
}
