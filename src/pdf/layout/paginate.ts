// Pours units onto pages of the 版心: each unit goes whole where it fits, else it is split (running text
// between lines, spans and tables between rows) or moved to the next page; a table's header row is
// repeated at the top of every page it runs onto; headings stay with what follows them. A page may be
// given a shorter foot (`reserve`), which moves a split up, to balance a section's last page.
import { BODY } from '../style';
import { unitHeight, unitsHeight } from './cell';
import { drawUnit } from './draw';
import { firstPieceHeight, splitUnit } from './split';
import type { PagePlan, Unit } from './types';

const BOTTOM = BODY.top + BODY.height;

export class Paginator {
  readonly pages: PagePlan[] = [];
  private y = BODY.top;
  private pageTop = BODY.top;
  private header: readonly Unit[] = [];

  /** `reserve`: page index → height kept free at that page's foot. */
  constructor(private readonly reserve: ReadonlyMap<number, number> = new Map()) {}

  /** Starts a new page; `sectionStart` marks the section whose title opens it. */
  newPage(sectionStart?: string): void {
    this._close();
    this.pages.push(sectionStart ? { ops: [], sectionStart, used: 0 } : { ops: [], used: 0 });
    this.y = BODY.top;
    for (const unit of this.header) this._draw(unit);
    this.pageTop = this.y;
  }

  /** The pages, the last one's use recorded. */
  finish(): PagePlan[] {
    this._close();
    return this.pages;
  }

  private _close(): void {
    const page = this.pages[this.pages.length - 1];
    if (page) page.used = this.y - BODY.top;
  }

  /** The foot of the current page: the 版心's, less what is reserved on this page. */
  private get _bottom(): number {
    return BOTTOM - (this.reserve.get(this.pages.length - 1) ?? 0);
  }

  /** Places units in order, from the current position. */
  place(units: readonly Unit[]): void {
    units.forEach((unit, i) => {
      if (unit.kind === 'table') this._placeTable(unit.header, unit.body);
      else this._placeUnit(unit, units.slice(i + 1));
    });
  }

  /** Height that must share a page with `unit`: it and the headings kept with it, and the start of what follows them. */
  private _keptHeight(unit: Unit, after: readonly Unit[]): number {
    let height = 0;
    let current: Unit | undefined = unit;
    for (let i = 0; current?.kind === 'row' && current.keepWithNext; current = after[i++]) height += unitHeight(current);
    return current && height > 0 ? height + firstPieceHeight(current) : 0;
  }

  private get _room(): number {
    return this._bottom - this.y;
  }

  private get _empty(): boolean {
    return this.y <= this.pageTop + 0.01;
  }

  private _draw(unit: Unit): void {
    const page = this.pages[this.pages.length - 1];
    if (!page) throw new Error('no page to draw on');
    const height = unitHeight(unit);
    drawUnit(page.ops, unit, this.y, height);
    this.y += height;
  }

  private _placeTable(header: readonly Unit[], body: readonly Unit[]): void {
    const first = body[0];
    const need = unitsHeight(header) + (first ? firstPieceHeight(first) : 0);
    if (need > this._room && !this._empty) this.newPage();
    header.forEach((u) => this._draw(u));
    const outer = this.header;
    this.header = header;
    body.forEach((unit, i) => this._placeUnit(unit, body.slice(i + 1)));
    this.header = outer;
  }

  private _placeUnit(unit: Unit, after: readonly Unit[]): void {
    const kept = this._keptHeight(unit, after);
    if (kept > this._room && kept <= BOTTOM - this.pageTop && !this._empty) this.newPage();
    let rest: Unit | null = unit;
    while (rest) {
      const page = BOTTOM - this.pageTop;
      const { head, tail } = splitUnit(rest, this._room, page);
      if (head) this._draw(head);
      if (!tail) return;
      if (!head && this._empty) {
        // Hint: nothing fits even on an empty page (cannot happen with the form's content); draw and overflow rather than loop.
        this._draw(rest);
        return;
      }
      this.newPage();
      rest = tail;
    }
  }
}
