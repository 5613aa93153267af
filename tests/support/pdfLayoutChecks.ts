// Checks of a written form's layout read from its page plans and text: how much of each page's 版心 is used,
// which characters the tick boxes read as, and the cells around a text (for the official table shapes).
import type { FormValues } from '../../src/forms/fieldValues';
import type { FormDefinition } from '../../src/forms/types';
import { formFields } from '../../src/forms/walk';
import { DRAFT_MARK } from '../../src/pdf/fileName';
import type { DrawOp, PagePlan } from '../../src/pdf/layout/types';
import { COVER_PAGE, INSTRUCTIONS_PAGE } from '../../src/pdf/render/document';
import { BODY, EM, PAGE } from '../../src/pdf/style';
import { squash } from './pdfChecks';

/** How often `needle` occurs in `text`. */
export const countOf = (needle: string, text: string) => text.split(needle).length - 1;

/** Each option as the text layer should read it: its mark (☑ ticked, □ not) then its label, in print order. */
export function optionMarks(def: FormDefinition, values: FormValues | null): string[] {
  return formFields(def).flatMap((f) => {
    const v = values?.[f.id];
    if (f.kind === 'choice') return f.options.map((o) => `${o.value === v ? '☑' : '□'}${squash(o.label)}`);
    if (f.kind === 'ticks') return f.options.map((o) => `${Array.isArray(v) && v.includes(o.value) ? '☑' : '□'}${squash(o.label)}`);
    return [];
  });
}

const PAGE_FURNITURE = /^第 \d+ 页 共 \d+ 页$/;

/** The lowest point (PDF y, from the page's foot) an operation inks. */
function _bottom(op: DrawOp): number {
  if (op.kind === 'text') return op.y - EM.descent * op.size;
  if (op.kind === 'rule') return Math.min(op.y1, op.y2);
  return op.y;
}

export interface PageFill {
  readonly page: number;
  /** The section the page belongs to; undefined for the cover and 填报说明. */
  readonly section?: string;
  /** The last page of its section. */
  readonly last: boolean;
  /** Share of the 版心's height from its top down to the lowest thing drawn. */
  readonly fill: number;
}

/** Each page's fill, measured from what is drawn (page numbers and the draft mark left out). */
export function pageFills(pages: readonly PagePlan[]): PageFill[] {
  let section: string | undefined;
  const fills = pages.map((plan, page) => {
    if (plan.sectionStart) section = plan.sectionStart === COVER_PAGE || plan.sectionStart === INSTRUCTIONS_PAGE ? undefined : plan.sectionStart;
    const content = plan.ops.filter((o) => o.kind !== 'text' || !(PAGE_FURNITURE.test(o.text) || o.text === DRAFT_MARK));
    const lowest = Math.min(...content.map(_bottom));
    return { page, section, last: false, fill: (PAGE.height - PAGE.top - lowest) / BODY.height };
  });
  return fills.map((f, i) => ({ ...f, last: fills[i + 1]?.section !== f.section || pages[i + 1]?.sectionStart !== undefined }));
}

type Rect = Extract<DrawOp, { kind: 'rect' }>;
type TextOp = Extract<DrawOp, { kind: 'text' }>;

/** The first text operation that starts with `start`, and its page. */
export function findText(pages: readonly PagePlan[], start: string): { page: number; op: TextOp } | undefined {
  for (const [page, plan] of pages.entries()) {
    const op = plan.ops.find((o): o is TextOp => o.kind === 'text' && o.text.startsWith(start));
    if (op) return { page, op };
  }
  return undefined;
}

/** The table cells (ruled rectangles) of a page whose height spans the baseline `y`, left to right. */
export function cellsAcross(plan: PagePlan, y: number): Rect[] {
  return plan.ops.filter((o): o is Rect => o.kind === 'rect' && o.y < y && o.y + o.height > y).sort((a, b) => a.x - b.x);
}
