// The page and type of table documents: A4 landscape (a wide list has to fit across), narrower margins than the
// form's, 小五 in the table, header repeated on every page, 「第 N 页 共 M 页」 under the table.
import { HAO, PAGE, mm } from '../style';

/** A4 landscape, in points. */
export const SHEET = {
  width: PAGE.height,
  height: PAGE.width,
  left: mm(15),
  right: mm(15),
  top: mm(15),
  bottom: mm(18),
} as const;

/** The area the title, lines and table go in. */
export const SHEET_BODY = {
  x: SHEET.left,
  width: SHEET.width - SHEET.left - SHEET.right,
  top: SHEET.top,
  bottom: SHEET.height - SHEET.bottom,
} as const;

/** Sizes: title 小二 bold, lines under it 五号, the table 小五 with tight padding (many narrow columns). */
export const TABLE_DOC = {
  title: HAO.xiaoEr,
  line: HAO.wu,
  cell: HAO.xiaoWu,
  footnote: HAO.xiaoWu,
  pageNumber: HAO.xiaoWu,
  leading: 1.3,
  padX: 2,
  padY: 3,
  minRowHeight: 18,
  /** The page number's top, under the table area. */
  pageNumberTop: SHEET.height - SHEET.bottom + mm(6),
} as const;

/**
 * Hint: the layout primitives (layout/draw.ts) place cells from the top of a portrait A4 page; adding this to a
 * landscape top gives the same distance from the bottom of a landscape page, so they draw unchanged here.
 */
export const TOP_SHIFT = PAGE.height - SHEET.height;
