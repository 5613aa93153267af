// The volume's index (目录): 附件N, the item's title (with 自我声明 / 不适用（reason）/ 待准备 under it) and its page
// range in the volume, in ruled rows under a header repeated on every index page; each section's heading a row
// across, kept with its first item. The ranges are handed in: the writer lays the volume out first (index.ts
// tells it how many pages the index takes), then draws the index with the real numbers.
import { cellHeight, makeCell } from '../../pdf/layout/cell';
import { drawCell } from '../../pdf/layout/draw';
import type { Cell, PagePlan } from '../../pdf/layout/types';
import { BODY, HAO, TABLE, mm } from '../../pdf/style';
import type { TextMeasure } from '../../pdf/text/metrics';
import { block, para, place } from './blocks';
import type { VolumeItem, VolumeSection } from './types';

/** What the index says in an item's 页码 cell: 「3–5」, 「7」, 「待准备」, 「不适用」. */
export type RangeOf = (item: VolumeItem) => string;

export interface IndexLayout {
  readonly pages: PagePlan[];
  /** The index page (0-based, within the index) each section's heading and each item's row is on. */
  readonly sectionPage: readonly number[];
  readonly itemPage: ReadonlyMap<number, number>;
}

const COLUMNS = { number: mm(20), pages: mm(30) };
const cellOptions = { padX: TABLE.padX, padY: TABLE.padY, minHeight: TABLE.minRowHeight };

/** What is said under an item's title about its status; nothing for attached files. */
function _statusLine(item: VolumeItem): string | undefined {
  const s = item.status;
  if (s.kind === 'self') return '申报主体自我声明（见声明页）';
  if (s.kind === 'missing' || (s.kind === 'files' && s.files.length === 0)) return '待准备';
  if (s.kind === 'na') return s.reason.trim() ? `不适用（${s.reason.trim()}）` : '不适用';
  return undefined;
}

function _row(texts: readonly [string, string, string], measure: TextMeasure, under?: string, bold = false): Cell[] {
  const { number, pages } = COLUMNS;
  const x = [BODY.x, BODY.x + number, BODY.x + BODY.width - pages];
  const widths = [number, BODY.width - number - pages, pages];
  return texts.map((t, i) => {
    const paras = [para(t, TABLE.size, { align: i === 1 ? 'left' : 'center', bold })];
    if (i === 1 && under) paras.push(para(under, TABLE.noteSize));
    return makeCell(x[i]!, widths[i]!, paras, measure, cellOptions);
  });
}

class IndexWriter {
  readonly pages: PagePlan[] = [];
  private top = 0;
  constructor(private readonly header: Cell[]) {}

  private get ops() {
    return this.pages[this.pages.length - 1]!.ops;
  }

  start(title: Cell): void {
    this.pages.push({ ops: [], used: 0 });
    this.top = place(this.ops, title, BODY.top) + mm(4);
    this.put(this.header);
  }

  /** Puts a row, on a new page (header repeated) when it and what must go with it do not fit. */
  put(cells: readonly Cell[], keep = 0): void {
    const height = Math.max(...cells.map(cellHeight));
    if (this.top + height + keep > BODY.top + BODY.height && this.top > BODY.top + this.headerHeight + 1) {
      this.pages.push({ ops: [], used: 0 });
      this.top = BODY.top;
      this.put(this.header);
    }
    for (const c of cells) drawCell(this.ops, c, this.top, height);
    this.top += height;
    this.pages[this.pages.length - 1]!.used = this.top - BODY.top;
  }

  get headerHeight(): number {
    return Math.max(...this.header.map(cellHeight));
  }

  get page(): number {
    return this.pages.length - 1;
  }
}

/** The index pages for `sections`, each item's 页码 from `rangeOf`. */
export function layoutIndex(sections: readonly VolumeSection[], rangeOf: RangeOf, measure: TextMeasure): IndexLayout {
  const writer = new IndexWriter(_row(['附件', '材料名称', '页码'], measure, undefined, true));
  writer.start(block([para('目　　录', HAO.xiaoEr, { bold: true, align: 'center' })], measure));
  const sectionPage: number[] = [];
  const itemPage = new Map<number, number>();
  for (const section of sections) {
    const rows = section.items.map((item) => _row([`附件${item.number}`, item.title, rangeOf(item)], measure, _statusLine(item)));
    const heading = [makeCell(BODY.x, BODY.width, [para(section.title, TABLE.size, { bold: true })], measure, cellOptions)];
    // Hint: a section's heading never ends a page alone: it moves over with its first item.
    writer.put(heading, rows[0] ? Math.max(...rows[0].map(cellHeight)) : 0);
    sectionPage.push(writer.page);
    rows.forEach((row, i) => {
      writer.put(row);
      itemPage.set(section.items[i]!.number, writer.page);
    });
  }
  return { pages: writer.pages, sectionPage, itemPage };
}
