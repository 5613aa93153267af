// What every renderer is given: the form, the values (null for a blank form), the text measure, and the
// frame it draws in (a table's x range, its label column, and the year columns inside a year table).
import type { FormValues } from '../../forms/fieldValues';
import type { FormDefinition, LayoutItem } from '../../forms/types';
import type { TextMeasure } from '../text/metrics';
import type { Unit } from '../layout/types';

export interface RenderContext {
  readonly form: FormDefinition;
  /** The draft's values; null prints the blank form, to fill in by hand. */
  readonly values: FormValues | null;
  readonly measure: TextMeasure;
  /** Written while the draft has open problems: every page says 「草稿（未完成）」. */
  readonly draft?: boolean;
}

/** A horizontal band of a column. */
export interface Column {
  readonly x: number;
  readonly width: number;
}

/** Where an item is drawn: x range, label column width, and the year columns of an enclosing year table. */
export interface Frame {
  readonly x: number;
  readonly width: number;
  readonly labelWidth: number;
  readonly years?: readonly Column[];
}

/** Renders one kind of layout item into units. */
export type ItemRenderer<I extends LayoutItem> = (item: I, ctx: RenderContext, frame: Frame) => Unit[];

/** One renderer per layout item kind: a new kind in the form types does not compile until it has one. */
export type ItemRenderers = { readonly [K in LayoutItem['kind']]: ItemRenderer<Extract<LayoutItem, { kind: K }>> };

/** True when printing the blank form. */
export function isBlank(ctx: RenderContext): boolean {
  return ctx.values === null;
}

/** The value column of a frame. */
export function valueColumn(frame: Frame): Column {
  return { x: frame.x + frame.labelWidth, width: frame.width - frame.labelWidth };
}

/** `count` equal columns across `column`. */
export function splitColumn(column: Column, count: number): Column[] {
  const w = column.width / count;
  return Array.from({ length: count }, (_, i) => ({ x: column.x + i * w, width: w }));
}
