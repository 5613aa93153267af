// Pagination: a table running over pages repeats its header, rows are never split (only running text and
// rows taller than a page), spans repeat their label where they break, headings stay with what follows.
import { describe, expect, it } from 'vitest';
import { Paginator } from '../../../src/pdf/layout/paginate';
import type { Cell, Line, PagePlan, RowUnit, Unit } from '../../../src/pdf/layout/types';
import { BODY, PAGE } from '../../../src/pdf/style';

const BOTTOM = PAGE.height - (BODY.top + BODY.height);

function line(text: string, height = 20): Line {
  return { height, baseline: height * 0.8, items: [{ kind: 'text', x: 0, text, size: 10, bold: false, spacing: 0 }] };
}

function cell(texts: string[], x = BODY.x, width = BODY.width, lineHeight = 20): Cell {
  return { x, width, paras: [], lines: texts.map((t) => line(t, lineHeight)), valign: 'top', padX: 4, padY: 4, minHeight: 0, border: true };
}

const row = (text: string, lines = 1, extra: Partial<RowUnit> = {}): RowUnit => ({
  kind: 'row',
  cells: [cell(Array.from({ length: lines }, (_, i) => `${text}/${i}`))],
  ...extra,
});

function texts(page: PagePlan): { text: string; y: number }[] {
  return page.ops.flatMap((o) => (o.kind === 'text' ? [{ text: o.text, y: o.y }] : []));
}

function paginate(units: Unit[]): PagePlan[] {
  const p = new Paginator();
  p.newPage('test');
  p.place(units);
  return p.pages;
}

const allTexts = (pages: PagePlan[]) => pages.flatMap((p) => texts(p).map((t) => t.text));

describe('Paginator', () => {
  it('repeats a table header at the top of every page the table runs onto, and never splits a row', () => {
    const body = Array.from({ length: 60 }, (_, i) => row(`r${i}`, 2));
    const pages = paginate([{ kind: 'table', header: [row('header')], body }]);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(texts(page)[0]?.text).toBe('header/0');
    // Both lines of every row on the same page, every row exactly once.
    for (let i = 0; i < 60; i++) {
      const where = pages.map((p) => texts(p).filter((t) => t.text.startsWith(`r${i}/`)).length);
      expect(where.filter((n) => n > 0)).toEqual([2]);
    }
    for (const page of pages) for (const t of texts(page)) expect(t.y).toBeGreaterThan(BOTTOM);
  });

  it('keeps a table header with its first row', () => {
    const filler = row('filler', 31);
    const pages = paginate([filler, { kind: 'table', header: [row('header')], body: [row('first', 3)] }]);
    expect(texts(pages[1]!).map((t) => t.text)).toEqual(['header/0', 'first/0', 'first/1', 'first/2']);
  });

  it('breaks a span between its rows and repeats its label on the next page', () => {
    const children = Array.from({ length: 40 }, (_, i) => ({ ...row(`c${i}`), cells: [cell([`c${i}`], BODY.x + 100, BODY.width - 100)] }));
    const pages = paginate([{ kind: 'span', cell: cell(['label'], BODY.x, 100), children }]);
    expect(pages.length).toBe(2);
    for (const page of pages) expect(texts(page).filter((t) => t.text === 'label')).toHaveLength(1);
    expect(allTexts(pages).filter((t) => t.startsWith('c'))).toHaveLength(40);
  });

  it('moves a span kept together to the next page whole', () => {
    const children = Array.from({ length: 5 }, (_, i) => ({ ...row(`k${i}`), cells: [cell([`k${i}`], BODY.x + 100, BODY.width - 100)] }));
    const pages = paginate([row('filler', 28), { kind: 'span', cell: cell(['label'], BODY.x, 100), children, keepTogether: true }]);
    expect(texts(pages[1]!).map((t) => t.text)).toEqual(['label', 'k0', 'k1', 'k2', 'k3', 'k4']);
  });

  it('flows running text over pages between lines, two lines at least on each side', () => {
    const pages = paginate([row('filler', 30), row('p', 10, { flow: true })]);
    const [before, after] = [0, 1].map((i) => texts(pages[i]!).filter((t) => t.text.startsWith('p/')).length);
    expect(before! + after!).toBe(10);
    expect(before).toBeGreaterThanOrEqual(2);
    expect(after).toBeGreaterThanOrEqual(2);
  });

  it('splits a row taller than a page between lines, losing none', () => {
    const pages = paginate([row('tall', 60)]);
    expect(pages.length).toBe(2);
    expect(allTexts(pages)).toEqual(Array.from({ length: 60 }, (_, i) => `tall/${i}`));
  });

  it('moves a heading to the next page with what follows it', () => {
    const pages = paginate([row('filler', 30), row('heading', 1, { keepWithNext: true, flow: true }), row('next', 3)]);
    expect(texts(pages[1]!).map((t) => t.text)).toEqual(['heading/0', 'next/0', 'next/1', 'next/2']);
  });

  it('moves headings that follow each other to the next page together with what follows them', () => {
    const heading = (t: string) => row(t, 1, { keepWithNext: true, flow: true });
    const pages = paginate([row('filler', 30), heading('h1'), heading('h2'), row('next', 3)]);
    expect(texts(pages[0]!).map((t) => t.text)).not.toContain('h1/0');
    expect(texts(pages[1]!).map((t) => t.text)).toEqual(['h1/0', 'h2/0', 'next/0', 'next/1', 'next/2']);
  });

  it('never leaves a group\'s note alone at the top of a page: the item before it moves over too', () => {
    const child = (t: string, extra: Partial<RowUnit> = {}): RowUnit => ({ ...row(t), cells: [cell([t], BODY.x + 100, BODY.width - 100)], ...extra });
    const children = [child('c0'), child('c1'), child('note', { keepWithPrevious: true })];
    const pages = paginate([row('filler', 30), { kind: 'span', cell: cell(['label'], BODY.x, 100), children }]);
    expect(texts(pages[0]!).map((t) => t.text)).toContain('c0');
    expect(texts(pages[1]!).map((t) => t.text)).toEqual(['label', 'c1', 'note']);
  });
});
