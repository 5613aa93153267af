// The pages after the cover: 填报说明, then each section under its title, starting on a new page
// (填报说明 11: 「其中一至七部分不得串页」; sections 8 and 9 start on their own pages too).
import type { SectionDefinition } from '../../forms/types';
import type { Unit } from '../layout/types';
import { BODY, labelColumnWidth, TABLE, TEXT } from '../style';
import type { Frame, RenderContext } from './context';
import { headingPara, text } from './paras';
import { flowRow, spaceRow } from './rows';
import { renderItem } from './items';

/** The full width of the 版心, with a label column of the default width. */
export const SECTION_FRAME: Frame = { x: BODY.x, width: BODY.width, labelWidth: labelColumnWidth(TABLE.labelChars) };

/** A section's frame: its label column as wide as the official form's (`labelColumn` characters a line). */
export function sectionFrame(section: SectionDefinition): Frame {
  return { ...SECTION_FRAME, labelWidth: labelColumnWidth(section.labelColumn ?? TABLE.labelChars) };
}

/** 填报说明: the title, then the numbered points as running text. */
export function instructionUnits(ctx: RenderContext): Unit[] {
  const title = flowRow(ctx, SECTION_FRAME, [headingPara('填报说明', TEXT.pageTitle, 'center')], true);
  const points = ctx.form.instructions.map((point, i) =>
    flowRow(ctx, SECTION_FRAME, [{ runs: [text(`${i + 1}. ${point}`)], size: TEXT.instruction, align: 'justify', indent: 2, leading: 1.6 }]),
  );
  return [title, spaceRow(SECTION_FRAME, 6), ...points];
}

/** A section: its title (kept with what follows), its note, then its items. */
export function sectionUnits(section: SectionDefinition, ctx: RenderContext): Unit[] {
  const title = flowRow(ctx, SECTION_FRAME, [headingPara(`${section.number}、${section.title}`, TEXT.sectionTitle)], true);
  const note = section.note ? [flowRow(ctx, SECTION_FRAME, [{ runs: [text(section.note)], size: TEXT.sectionNote, leading: 1.5 }], true)] : [];
  const gap = spaceRow(SECTION_FRAME, 6);
  const frame = sectionFrame(section);
  return [title, ...note, { ...gap, keepWithNext: true }, ...section.items.flatMap((item) => renderItem(item, ctx, frame))];
}
