// The PDF's page geometry and type scale, in points (1 pt = 1/72 in), after GB/T 9704-2012
// 《党政机关公文格式》 adapted to a form: A4, its 订口 (left) and right margins, its 号 sizes.
// Every renderer takes its sizes from here, so the look of the document is decided in one place.

const MM = 72 / 25.4;

/** Millimetres to points. */
export function mm(value: number): number {
  return value * MM;
}

/** Chinese type sizes (字号) in points. */
export const HAO = {
  yi: 26, // 一号
  xiaoEr: 18, // 小二
  san: 16, // 三号
  xiaoSan: 15, // 小三
  si: 14, // 四号
  xiaoSi: 12, // 小四
  wu: 10.5, // 五号
  xiaoWu: 9, // 小五
} as const;

/**
 * A4 with GB/T 9704's left (订口 28 mm) and right (26 mm) margins, so the 版心 is its 156 mm wide.
 * Hint: GB/T 9704 puts the 版心 37 mm from the top and 225 mm tall; a form has more to fit per page than a
 * letter, so we use 30 mm top and bottom (版心 237 mm) and keep the page number 7 mm under the 版心 as it asks.
 */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: mm(28),
  right: mm(26),
  top: mm(30),
  bottom: mm(30),
} as const;

/** The 版心: where body content goes. */
export const BODY = {
  x: PAGE.left,
  width: PAGE.width - PAGE.left - PAGE.right,
  top: PAGE.top,
  height: PAGE.height - PAGE.top - PAGE.bottom,
} as const;

/** Where the 「第 N 页 共 M 页」 line sits: its top 7 mm under the 版心 (GB/T 9704 §7.5). */
export const PAGE_NUMBER = { size: HAO.wu, top: PAGE.top + BODY.height + mm(7) } as const;

/** 「草稿（未完成）」 on a draft's pages: 四号 bold, its top 12 mm from the page's top edge (in the top margin). */
export const DRAFT = { size: HAO.si, top: mm(12) } as const;

/** Ruled tables: 五号 text, single 0.6 pt rules, padding inside each cell. */
export const TABLE = {
  size: HAO.wu,
  noteSize: HAO.xiaoWu,
  lineHeight: 1.5,
  padX: 4,
  padY: 4,
  rule: 0.6,
  minRowHeight: 24,
  /** Characters a label column holds where the form definition does not say (a section's, a group's items'). */
  labelChars: 16,
  itemLabelChars: 10,
} as const;

/** Width of a label column holding `chars` characters of 五号 a line, padding included. */
export function labelColumnWidth(chars: number): number {
  return chars * TABLE.size + 2 * TABLE.padX;
}

/** Headings and running text outside tables. */
export const TEXT = {
  coverTitle: HAO.yi,
  /** The cover's lines, all in one size: the largest at which every line (with its value) fits on one line. */
  coverFieldSizes: [HAO.san, HAO.xiaoSan, HAO.si] as const,
  coverHint: HAO.xiaoSi,
  issuer: HAO.san,
  pageTitle: HAO.xiaoEr,
  sectionTitle: HAO.san,
  sectionNote: HAO.xiaoSi,
  instruction: HAO.xiaoSi,
  prose: HAO.xiaoSi,
  proseLineHeight: 1.6,
  headings: [HAO.si, HAO.xiaoSi, HAO.xiaoSi, HAO.xiaoSi] as const,
} as const;

/** Simulated bold (no bold face ships): fill and stroke the glyphs with a stroke this share of the size. */
export const BOLD_STROKE = 0.03;

/** The em box of Noto Serif SC (OS/2 typo metrics 880 / −120 per 1000): where a line's baseline sits. */
export const EM = { ascent: 0.88, descent: 0.12 } as const;
