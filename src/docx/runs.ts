// Paragraphs of the layout model (src/pdf/layout/types.ts) as Word paragraphs: the same runs, sizes, weights,
// alignment and indents; Word sets the lines itself. Tick boxes are the form's own characters (□ / ☑),
// gaps to write in are underlined spaces, a line to the margin is an underlined tab to a right tab stop.
import { AlignmentType, LineRuleType, Paragraph, TabStopType, TextRun } from 'docx';
import type { Para, Run } from '../pdf/layout/types';

/** 宋体 for Chinese, Times New Roman for Latin letters and digits, as Word and WPS name them. */
export const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;

/** The document's default run size in half-points (五号, 10.5 pt); runs of this size do not repeat it. */
export const DEFAULT_SIZE = 21;

/**
 * The document's defaults (docDefaults): the fonts and 五号 for every run, no space after paragraphs.
 * Hint: runs and paragraphs then state only what differs, which keeps a full form's XML, and the time docx takes
 * to write it, about half as large.
 */
export const DOCUMENT_DEFAULTS = {
  // Hint: zh-CN as the East Asian language lets Word and WPS apply Chinese line breaking (避头尾) and proofing.
  run: { font: FONT, size: DEFAULT_SIZE, language: { value: 'en-US', eastAsia: 'zh-CN' } },
  paragraph: { spacing: { before: 0, after: 0 } },
} as const;

/** Points to twentieths of a point (twips), Word's unit for lengths. */
export const twip = (pt: number): number => Math.round(pt * 20);

/** The form's box characters. */
export const BOX = { checked: '☑', unchecked: '□' } as const;

// Hint: a no-break space keeps its underline at a line's end, where Word drops an ordinary space's.
const NBSP = '\u00a0';
const IDEOGRAPHIC_SPACE = '\u3000';

type RunOptions = ConstructorParameters<typeof TextRun>[0] & object;
type Style = Pick<RunOptions, 'size' | 'bold'>;

const runsOfKind: { readonly [K in Run['kind']]: (run: Extract<Run, { kind: K }>, style: Style) => TextRun[] } = {
  text: (r, s) => [new TextRun({ ...s, text: r.text, ...(r.underline ? { underline: { type: 'single' } } : {}) })],
  box: (r, s) => [new TextRun({ ...s, text: r.checked ? BOX.checked : BOX.unchecked })],
  blank: (r, s) => [new TextRun({ ...s, text: NBSP.repeat(Math.max(2, Math.round(r.em * 2))), underline: { type: 'single' } })],
  fill: (_r, s) => [new TextRun({ ...s, text: '\t', underline: { type: 'single' } })],
  gap: (r, s) => [new TextRun({ ...s, text: IDEOGRAPHIC_SPACE.repeat(Math.max(1, Math.round(r.em))) })],
  tab: (_r, s) => [new TextRun({ ...s, text: '\t' })],
};

function _runs(para: Para): TextRun[] {
  const size = Math.round(para.size * 2);
  const style: Style = { ...(size !== DEFAULT_SIZE ? { size } : {}), ...(para.bold ? { bold: true } : {}) };
  return para.runs.flatMap((r) => (runsOfKind[r.kind] as (run: Run, s: Style) => TextRun[])(r, style));
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.BOTH } as const;

/** Tab stops: a 'tab' run's column share of the line, and the right edge a 'fill' runs to. */
function _tabStops(para: Para, width: number) {
  const stops = para.runs.flatMap((r) => (r.kind === 'tab' ? [{ type: TabStopType.LEFT, position: twip(r.stop * width) }] : []));
  const fill = para.runs.some((r) => r.kind === 'fill') ? [{ type: TabStopType.RIGHT, position: twip(width) }] : [];
  return [...stops, ...fill];
}

/** A layout paragraph as a Word paragraph, in a column `width` points wide. */
export function paragraphOf(para: Para, width: number, extra: { pageBreakBefore?: boolean; keepNext?: boolean } = {}): Paragraph {
  const tabStops = _tabStops(para, width);
  const indent = {
    ...(para.indent ? { firstLineChars: Math.round(para.indent * 100) } : {}),
    ...(para.hang ? { left: twip(para.hang * para.size), hanging: twip(para.hang * para.size) } : {}),
  };
  const before = twip(para.before ?? 0);
  return new Paragraph({
    children: _runs(para),
    ...(para.align && para.align !== 'left' ? { alignment: ALIGN[para.align] } : {}),
    spacing: { ...(before ? { before } : {}), line: twip((para.leading ?? 1.5) * para.size), lineRule: LineRuleType.AT_LEAST },
    ...(Object.keys(indent).length ? { indent } : {}),
    ...(tabStops.length ? { tabStops } : {}),
    ...extra,
  });
}

/** An empty paragraph taking `height` points: room left in the layout (space rows, the cover's spacing). */
export function spaceParagraph(height: number): Paragraph {
  return new Paragraph({ children: [], spacing: { before: 0, after: 0, line: twip(Math.max(1, height)), lineRule: LineRuleType.EXACT } });
}
