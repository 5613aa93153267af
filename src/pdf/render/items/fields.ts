// Renderers for the items printed as a label cell beside a value cell: text, choices, tick boxes,
// 数量+名称 lists, narratives, 所属地区, mirrors of cover fields and rows of several fields.
import { fieldById } from '../../../forms/walk';
import type { ChoiceField, CountListField, Field, MirrorItem, NarrativeField, RegionField, RowItem, TextField, TicksField } from '../../../forms/types';
import type { Para, Unit } from '../../layout/types';
import type { Column, ItemRenderer } from '../context';
import { labelPara, notePara, valuePara, text as textRun } from '../paras';
import { cellHeight, makeCell } from '../../layout/cell';
import { TABLE } from '../../style';
import { cellsRow, fullRow, linesRoom, pairRow } from '../rows';
import { valueParas } from '../values';

/** The label cell: the label, then the official hint or note under it. */
export function labelParas(label: string, under?: string): Para[] {
  return [labelPara(label), ...(under ? [notePara(under)] : [])];
}

const labelled =
  <F extends Field>(under?: (f: F) => string | undefined): ItemRenderer<F> =>
  (field, ctx, frame) => [pairRow(ctx, frame, labelParas(field.label, under?.(field)), valueParas(field, ctx))];

export const text: ItemRenderer<TextField> = labelled((f) => f.hint);
export const choice: ItemRenderer<ChoiceField> = labelled();
export const region: ItemRenderer<RegionField> = labelled();

/** Hint: where the intro repeats the label (「…推广工作：」) the form prints one cell across, intro first. */
export const ticks: ItemRenderer<TicksField> = (field, ctx, frame) => {
  const repeats = field.intro?.replace(/：$/, '') === field.label;
  if (repeats) return [fullRow(ctx, frame, valueParas(field, ctx), { valign: 'top' })];
  return [pairRow(ctx, frame, labelParas(field.label), valueParas(field, ctx), { valign: 'top' })];
};

/** 数量+名称: the official note goes under the label, as the form prints it. */
export const countList: ItemRenderer<CountListField> = (field, ctx, frame) => [
  pairRow(ctx, frame, labelParas(field.label, field.note), valueParas({ ...field, note: undefined }, ctx), { valign: 'top' }),
];

/**
 * Hint: the official form leaves a tall empty cell for 200 characters; an empty narrative keeps that room (blank
 * form or not: the official may write it by hand). Its note (「（需提供相关佐证材料）」) goes under the label, so
 * it does not sit atop the room to write in. With `labelPlacement: 'above'` the label heads one wide cell.
 */
export const narrative: ItemRenderer<NarrativeField> = (field, ctx, frame) => {
  const value = valueParas({ ...field, note: undefined }, ctx);
  const room = linesRoom(value.length ? 3 : 9);
  const label = labelParas(field.label, field.note);
  if (field.labelPlacement !== 'above') return [pairRow(ctx, frame, label, value, { valign: 'top', minHeight: room })];
  const heading = cellHeight(makeCell(frame.x, frame.width, label, ctx.measure));
  return [fullRow(ctx, frame, [...label, ...value], { valign: 'top', minHeight: heading + room - 2 * TABLE.padY })];
};

export const mirror: ItemRenderer<MirrorItem> = (item, ctx, frame) => [
  pairRow(ctx, frame, labelParas(item.label, item.hint), valueParas(fieldById(ctx.form, item.of), ctx)),
];

/** Several fields on one line: 「联系人 … 联系方式 …」, or one label for all (「联系人及联系电话」). */
export const row: ItemRenderer<RowItem> = (item, ctx, frame): Unit[] => {
  if (item.label) {
    const values = item.items.flatMap((f) => valueParas(f, ctx)).flatMap((p) => p.runs);
    const spaced = values.flatMap((r, i) => (i > 0 ? [textRun('  '), r] : [r]));
    return [pairRow(ctx, frame, labelParas(item.label), [valuePara(spaced)])];
  }
  // Hint: the fields share the whole width, each label narrower than its value (「联系人 | … | 联系方式 | …」): a wide
  // label column (section 一's holds 27 characters) would leave a phone number no room.
  const columns = _weighted({ x: frame.x, width: frame.width }, item.items.flatMap(() => [2, 3]));
  const cells = item.items.flatMap((f, i) => [
    { column: columns[2 * i]!, paras: labelParas(f.label) },
    { column: columns[2 * i + 1]!, paras: valueParas(f, ctx) },
  ]);
  return [cellsRow(ctx, cells)];
};

function _weighted(column: Column, weights: readonly number[]): Column[] {
  const unit = column.width / weights.reduce((n, w) => n + w, 0);
  let x = column.x;
  return weights.map((w) => {
    const c = { x, width: w * unit };
    x += w * unit;
    return c;
  });
}
