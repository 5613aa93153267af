// The whole document laid out: cover, 填报说明, the nine sections each from a new page, then the page
// numbers 「第 N 页 共 M 页」 on every page but the cover (which counts as page 1, as a viewer counts it), and
// on a draft 「草稿（未完成）」 at the head of every page.
import { Paginator } from '../layout/paginate';
import type { PagePlan, Unit } from '../layout/types';
import { DRAFT_MARK } from '../fileName';
import { BODY, DRAFT, EM, PAGE, PAGE_NUMBER } from '../style';
import type { RenderContext } from './context';
import { coverUnits } from './cover';
import { instructionUnits, sectionUnits } from './sections';

/** Called as layout proceeds: the share done and what is being laid out. */
export type LayoutProgress = (fraction: number, what: string) => void;

/** Page identifiers used for the pages before the sections. */
export const COVER_PAGE = 'cover';
export const INSTRUCTIONS_PAGE = 'instructions';

function _pageNumbers(pages: PagePlan[], ctx: RenderContext): void {
  const size = PAGE_NUMBER.size;
  const y = PAGE.height - (PAGE_NUMBER.top + EM.ascent * size);
  pages.forEach((page, i) => {
    if (i === 0) return;
    const label = `第 ${i + 1} 页 共 ${pages.length} 页`;
    const x = (PAGE.width - ctx.measure.width(label, size)) / 2;
    page.ops.push({ kind: 'text', x, y, text: label, size, bold: false, spacing: 0 });
  });
}

/** 「草稿（未完成）」 in the top margin, right-aligned to the 版心, in bold: no one takes it for the final form. */
function _draftMarks(pages: PagePlan[], ctx: RenderContext): void {
  const size = DRAFT.size;
  const x = PAGE.width - PAGE.right - ctx.measure.width(DRAFT_MARK, size);
  const y = PAGE.height - (DRAFT.top + EM.ascent * size);
  for (const page of pages) page.ops.push({ kind: 'text', x, y, text: DRAFT_MARK, size, bold: true, spacing: 0 });
}

/** A part that starts a page (the cover, 填报说明, a section) poured onto pages, with a foot reserved on some. */
function _paginate(units: readonly Unit[], id: string, reserve: ReadonlyMap<number, number> = new Map()): PagePlan[] {
  const paginator = new Paginator(reserve);
  paginator.newPage(id);
  paginator.place(units);
  return paginator.finish();
}

/** Pages of 版心 a page must use, but the last of a part (issue 15: no page a quarter full or less). */
export const MIN_PAGE_FILL = 0.25;

/**
 * A part's pages, its last page balanced: where the last page would use less than MIN_PAGE_FILL of the 版心
 * (a lone row carried over), the split moves up by reserving room at the foot of the page before it, in steps,
 * as long as that page still uses MIN_PAGE_FILL and the part keeps its page count.
 */
function _balancedPages(units: readonly Unit[], id: string): PagePlan[] {
  const pages = _paginate(units, id);
  const n = pages.length;
  const least = MIN_PAGE_FILL * BODY.height;
  if (n < 2 || pages[n - 1]!.used >= least) return pages;
  for (let reserve = least - pages[n - 1]!.used; reserve < BODY.height - least; reserve += BODY.height / 20) {
    const trial = _paginate(units, id, new Map([[n - 2, reserve]]));
    if (trial.length !== n) break;
    if (trial[n - 1]!.used >= least && trial[n - 2]!.used >= least) return trial;
  }
  return pages;
}

/** Lays the form out into pages of drawing operations. */
export function layoutDocument(ctx: RenderContext, progress: LayoutProgress = () => {}): PagePlan[] {
  const pages = [..._paginate(coverUnits(ctx), COVER_PAGE), ..._paginate(instructionUnits(ctx), INSTRUCTIONS_PAGE)];
  const sections = ctx.form.sections;
  sections.forEach((section, i) => {
    progress(i / sections.length, `${section.number}、${section.title}`);
    pages.push(..._balancedPages(sectionUnits(section, ctx), section.id));
  });
  _pageNumbers(pages, ctx);
  if (ctx.draft) _draftMarks(pages, ctx);
  return pages;
}
