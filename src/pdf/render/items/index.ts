// The registry of item renderers, one per layout item kind (typed so a new kind cannot compile without
// one), and the two structural kinds that render their children through it: groups and year tables.
import type { GroupItem, LayoutItem, YearTableItem } from '../../../forms/types';
import type { Unit } from '../../layout/types';
import { labelColumnWidth, TABLE } from '../../style';
import type { Frame, ItemRenderer, ItemRenderers, RenderContext } from '../context';
import { fullRow } from '../rows';
import { notePara } from '../paras';
import { choice, countList, labelParas, mirror, narrative, region, row, text, ticks } from './fields';
import { fillInCell } from './fillIn';
import { number, yearTableUnits } from './numbers';
import { planHeading, planText, targets } from './plan';
import { signatureBlock } from './signature';
import { standards } from './standards';

/**
 * A group: its label (and note) in the section's label column, spanning its items, which are drawn in the columns
 * to its right, their labels as wide as the group says (`itemLabelColumn`).
 */
const group: ItemRenderer<GroupItem> = (item, ctx, frame) => {
  const labelWidth = frame.labelWidth;
  const itemLabels = labelColumnWidth(item.itemLabelColumn ?? TABLE.itemLabelChars);
  const inner: Frame = { x: frame.x + labelWidth, width: frame.width - labelWidth, labelWidth: itemLabels };
  const children = item.items.flatMap((i) => renderItem(i, ctx, inner));
  const footnote = item.footnote ? [{ ...fullRow(ctx, inner, [notePara(item.footnote)], { minHeight: 0 }), keepWithPrevious: true }] : [];
  const cell = fullRow(ctx, { ...frame, width: labelWidth }, labelParas(item.label, item.note)).cells[0]!;
  return [{ kind: 'span', cell, children: [...children, ...footnote] }];
};

const yearTable: ItemRenderer<YearTableItem> = (item, ctx, frame) => yearTableUnits(item, ctx, frame, renderItem);

export const itemRenderers: ItemRenderers = {
  text,
  number,
  choice,
  ticks,
  countList,
  narrative,
  standards,
  region,
  planText,
  targets,
  mirror,
  group,
  fillInCell,
  row,
  yearTable,
  planHeading,
  signatureBlock,
};

/** Renders any layout item with the renderer registered for its kind. */
export function renderItem(item: LayoutItem, ctx: RenderContext, frame: Frame): Unit[] {
  const render = itemRenderers[item.kind] as ItemRenderer<LayoutItem>;
  return render(item, ctx, frame);
}
