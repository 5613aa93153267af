// The whole document laid out: cover, 填报说明, the nine sections each from a new page, then the page
// numbers 「第 N 页 共 M 页」 on every page but the cover (which counts as page 1, as a viewer counts it), and
// on a draft 「草稿（未完成）」 at the head of every page.
import { Paginator } from '../layout/paginate';
import type { PagePlan } from '../layout/types';
import { DRAFT_MARK } from '../fileName';
import { DRAFT, EM, PAGE, PAGE_NUMBER } from '../style';
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

/** Lays the form out into pages of drawing operations. */
export function layoutDocument(ctx: RenderContext, progress: LayoutProgress = () => {}): PagePlan[] {
  const paginator = new Paginator();
  paginator.newPage(COVER_PAGE);
  paginator.place(coverUnits(ctx));
  paginator.newPage(INSTRUCTIONS_PAGE);
  paginator.place(instructionUnits(ctx));
  const sections = ctx.form.sections;
  sections.forEach((section, i) => {
    progress(i / sections.length, `${section.number}、${section.title}`);
    paginator.newPage(section.id);
    paginator.place(sectionUnits(section, ctx));
  });
  _pageNumbers(paginator.pages, ctx);
  if (ctx.draft) _draftMarks(paginator.pages, ctx);
  return paginator.pages;
}
