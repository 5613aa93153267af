// The 申报表 as an editable Word/WPS file (.docx), written in the browser from the same form definition, values
// and layout as the PDF (src/pdf/render): the cover, 填报说明, then each section from a new page, tables with the
// official rows and merged cells, 「第 N 页 共 M 页」 under every page but the cover. A4, 宋体 / Times New Roman.
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, SectionType, TextRun } from 'docx';
import type { FormValues } from '../forms/fieldValues';
import type { Notice } from '../forms/notices';
import type { FormDefinition } from '../forms/types';
import { clusterNameIn } from '../forms/walk';
import type { Unit } from '../pdf/layout/types';
import type { RenderContext } from '../pdf/render/context';
import { coverUnits } from '../pdf/render/cover';
import { instructionUnits, sectionUnits } from '../pdf/render/sections';
import { PAGE, PAGE_NUMBER } from '../pdf/style';
import { textMeasure } from '../pdf/text/metrics';
import { blocksOf } from './blocks';
import { DOCUMENT_DEFAULTS, FONT, twip } from './runs';

export interface WriteFormDocxInput {
  readonly form: FormDefinition;
  readonly notice: Notice;
  /** The draft's values; null writes the blank form. */
  readonly values: FormValues | null;
}

/**
 * Hint: the layout only needs widths to decide row heights and the cover's spacing; Word sets the lines itself,
 * so a full-width CJK estimate (Latin half) stands in for the font, and nothing needs loading.
 */
const _measure = textMeasure((ch) => ((ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1));

const _page = {
  size: { width: twip(PAGE.width), height: twip(PAGE.height) },
  margin: { top: twip(PAGE.top), bottom: twip(PAGE.bottom), left: twip(PAGE.left), right: twip(PAGE.right), footer: twip(PAGE.height - PAGE_NUMBER.top - 14) },
};

/** 「第 N 页 共 M 页」 centred in the footer, at `size` points. */
export function pageNumberFooter(size: number = PAGE_NUMBER.size): Footer {
  const run = (children: (string | (typeof PageNumber)[keyof typeof PageNumber])[]) => new TextRun({ children, font: FONT, size: Math.round(size * 2) });
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'])] })],
  });
}

/**
 * The cover as the PDF lays it out, but the room that pushes the issuer to the page's foot halved.
 * Hint: Word and WPS set the cover lines with their own fonts, taller than our estimate; a full spacer would
 * push 「工业和信息化部 制」 onto a page of its own.
 */
function _cover(ctx: RenderContext): Unit[] {
  const units = coverUnits(ctx);
  const spacer = units.length - 2;
  return units.map((u, i) => (i === spacer && u.kind === 'row' ? { ...u, cells: u.cells.map((c) => ({ ...c, minHeight: c.minHeight / 2 })) } : u));
}

/** One docx section per page the PDF starts: the cover (no page number), 填报说明, each of the nine sections. */
function _sections(ctx: RenderContext) {
  const pages: Unit[][] = [_cover(ctx), instructionUnits(ctx), ...ctx.form.sections.map((s) => sectionUnits(s, ctx))];
  const empty = new Footer({ children: [new Paragraph({ children: [] })] });
  return pages.map((units, i) => ({
    properties: { type: SectionType.NEXT_PAGE, page: _page },
    footers: { default: i === 0 ? empty : pageNumberFooter() },
    children: blocksOf(units),
  }));
}

/** The document, ready to pack. */
export function formDocument(input: WriteFormDocxInput): Document {
  const ctx: RenderContext = { form: input.form, values: input.values, measure: _measure };
  const name = clusterNameIn(input.form, input.values);
  return new Document({
    title: name ? `${input.form.cover.title}（${name}）` : input.form.cover.title,
    subject: `${input.notice.title}（${input.notice.documentNumber}）`,
    creator: '集群申报助手',
    lastModifiedBy: '集群申报助手',
    styles: { default: { document: DOCUMENT_DEFAULTS } },
    sections: _sections(ctx),
  });
}

/** Writes the form as .docx bytes. */
export async function writeFormDocx(input: WriteFormDocxInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(formDocument(input)));
}
