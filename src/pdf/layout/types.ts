// The layout model between the form definition and the PDF: renderers describe content as paragraphs of
// runs inside cells; cells are laid out into lines and stacked into rows, spans and tables; the paginator
// turns those into pages of drawing operations, which the painter writes with pdf-lib.

/** A piece of a paragraph; `glue` forbids a line break inside it or after it. */
export type Run = RunBody & { readonly glue?: boolean };

type RunBody =
  | { readonly kind: 'text'; readonly text: string; readonly underline?: boolean }
  /** A tick box drawn as a shape (the font has no ☐ ☑); it stays on the line of what follows it. */
  | { readonly kind: 'box'; readonly checked: boolean }
  /** An underlined gap to write in by hand, `em` wide. */
  | { readonly kind: 'blank'; readonly em: number }
  /** An underline from here to the end of the line (at least `em` wide): the cover's 「集群名称：______」. */
  | { readonly kind: 'fill'; readonly em: number }
  /** Horizontal space a line may break at, `em` wide (between inline options). */
  | { readonly kind: 'gap'; readonly em: number }
  /** Moves on to `stop` (a share of the line's width), for options set in columns (「□信息服务 □创业辅导 □创新支持」). */
  | { readonly kind: 'tab'; readonly stop: number };

/** A paragraph: runs in one size, laid out into lines. */
export interface Para {
  readonly runs: readonly Run[];
  readonly size: number;
  readonly bold?: boolean;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent, in em (正文 paragraphs: 2). */
  readonly indent?: number;
  /** Indent of the lines after the first, in em (an option's text after its box). */
  readonly hang?: number;
  /** Line height as a multiple of the size. */
  readonly leading?: number;
  /** Space above the paragraph, in points. */
  readonly before?: number;
  /** A label: rather break between words and keep short brackets whole (text/labelBreaks.ts). */
  readonly words?: boolean;
}

/** Something drawn on a line, `x` from the line's left edge. */
export type LineItem =
  | { readonly kind: 'text'; readonly x: number; readonly text: string; readonly size: number; readonly bold: boolean; readonly spacing: number }
  | { readonly kind: 'box'; readonly x: number; readonly size: number; readonly checked: boolean }
  | { readonly kind: 'underline'; readonly x: number; readonly width: number; readonly size: number };

/** A laid-out line: its height, where its baseline is below its top, and what it holds. */
export interface Line {
  readonly height: number;
  readonly baseline: number;
  readonly items: readonly LineItem[];
}

/** A table cell or a borderless block: lines inside padding, at a fixed x and width. */
export interface Cell {
  readonly x: number;
  readonly width: number;
  /** What the cell says, before line breaking: the DOCX writer hands these to Word to set. */
  readonly paras: readonly Para[];
  readonly lines: readonly Line[];
  readonly valign: 'top' | 'middle';
  readonly padX: number;
  readonly padY: number;
  /** Height the cell asks for even when its lines need less (space to write in by hand). */
  readonly minHeight: number;
  readonly border: boolean;
}

/** A row of cells side by side; never split across pages unless taller than a page (or `flow`). */
export interface RowUnit {
  readonly kind: 'row';
  readonly cells: readonly Cell[];
  /** Running text: may break between lines at a page end. */
  readonly flow?: boolean;
  /** Keep on the same page as the start of the next unit (headings). */
  readonly keepWithNext?: boolean;
  /** Never the first child on a page when a span is split (a group's 「（注：…）」 under its last item). */
  readonly keepWithPrevious?: boolean;
}

/** A cell spanning the rows to its right (a group's label over its items). */
export interface SpanUnit {
  readonly kind: 'span';
  readonly cell: Cell;
  readonly children: readonly Unit[];
  /** Never split between children (a small table like the standards one). */
  readonly keepTogether?: boolean;
}

/** Rows under a header row that is repeated at the top of every page the table runs onto. */
export interface TableUnit {
  readonly kind: 'table';
  readonly header: readonly Unit[];
  readonly body: readonly Unit[];
}

export type Unit = RowUnit | SpanUnit | TableUnit;

/** A drawing operation, in PDF coordinates (points, origin at the page's bottom left). */
export type DrawOp =
  | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly size: number; readonly bold: boolean; readonly spacing: number }
  | { readonly kind: 'box'; readonly x: number; readonly y: number; readonly size: number; readonly checked: boolean }
  | { readonly kind: 'rule'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number }
  | { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly width: number; readonly height: number; readonly lineWidth: number };

/** One page: its drawing operations, the section that starts on it, if any, and the height of 版心 it uses. */
export interface PagePlan {
  readonly ops: DrawOp[];
  sectionStart?: string;
  used: number;
}
