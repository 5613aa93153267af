// Renderers for numbers and year tables: a value per report year in the table's year columns, one merged
// value for a three-year figure, or (outside a year table) a small table of years under the label.
import { valueOf } from '../../../forms/fieldValues';
import type { NumberField, YearTableItem } from '../../../forms/types';
import type { Para, Unit } from '../../layout/types';
import { splitColumn, valueColumn, type Column, type Frame, type ItemRenderer, type RenderContext } from '../context';
import { asText, numberText, yearText } from '../format';
import { labelColumnWidth } from '../../style';
import { labelPara, notePara, text, valuePara } from '../paras';
import { cellsRow, fullRow, pairRow } from '../rows';
import { valueParas } from '../values';
import { labelParas } from './fields';

/** Hint: numbers are set flush right, so digits line up down a column as in a ledger. */
const figure = (value: string): Para[] => (value ? [valuePara([text(value)], 'right')] : []);

function _yearValues(field: NumberField, ctx: RenderContext): string[] {
  const value = valueOf(ctx.values, field);
  return ctx.form.years.map((y) => numberText(yearText(value, y)));
}

/** The header cells naming the years: 「2021年」 「2022年」 「2023年」. */
export function yearHeaderCells(ctx: RenderContext, columns: readonly Column[]) {
  return ctx.form.years.map((y, i) => ({ column: columns[i]!, paras: [valuePara([text(`${y}年`)], 'center')] }));
}

function _inYearTable(field: NumberField, ctx: RenderContext, frame: Frame, years: readonly Column[]): Unit[] {
  const label = labelParas(field.label, field.note);
  if (!field.perYear) return [pairRow(ctx, frame, label, figure(numberText(asText(valueOf(ctx.values, field)))))];
  const values = _yearValues(field, ctx);
  const cells = values.map((v, i) => ({ column: years[i]!, paras: figure(v) }));
  return [cellsRow(ctx, [{ column: { x: frame.x, width: frame.labelWidth }, paras: label }, ...cells])];
}

/** Per-year values under the label on their own: years as columns or, as the form has it, one row per year. */
function _ownYears(field: NumberField, ctx: RenderContext, frame: Frame): Unit[] {
  const inner = valueColumn(frame);
  const values = _yearValues(field, ctx);
  const note = field.note ? [fullRow(ctx, { ...inner, labelWidth: 0 }, [notePara(field.note)], { minHeight: 0 })] : [];
  let children: Unit[];
  if (field.yearLayout === 'rows') {
    const [yearCol, valueCol] = [{ x: inner.x, width: inner.width * 0.35 }, { x: inner.x + inner.width * 0.35, width: inner.width * 0.65 }];
    children = ctx.form.years.map((y, i) =>
      cellsRow(ctx, [
        { column: yearCol, paras: [valuePara([text(`${y}年`)], 'center')] },
        { column: valueCol, paras: figure(values[i]!) },
      ]),
    );
  } else {
    const columns = splitColumn(inner, ctx.form.years.length);
    children = [cellsRow(ctx, yearHeaderCells(ctx, columns)), cellsRow(ctx, values.map((v, i) => ({ column: columns[i]!, paras: figure(v) })))];
  }
  const cell = cellsRow(ctx, [{ column: { x: frame.x, width: frame.labelWidth }, paras: [labelPara(field.label)] }]).cells[0]!;
  return [{ kind: 'span', cell, children: [...children, ...note], keepTogether: true }];
}

export const number: ItemRenderer<NumberField> = (field, ctx, frame) => {
  if (frame.years) return _inYearTable(field, ctx, frame, frame.years);
  if (field.perYear) return _ownYears(field, ctx, frame);
  return [pairRow(ctx, frame, labelParas(field.label), valueParas(field, ctx))];
};

/** A table whose header row names the years; its rows put their values in those year columns. */
export function yearTableUnits(item: YearTableItem, ctx: RenderContext, given: Frame, renderItem: ItemRenderer<YearTableItem['items'][number]>): Unit[] {
  const frame = item.labelColumn ? { ...given, labelWidth: labelColumnWidth(item.labelColumn) } : given;
  const years = splitColumn(valueColumn(frame), ctx.form.years.length);
  const header = cellsRow(ctx, [{ column: { x: frame.x, width: frame.labelWidth }, paras: [labelPara(item.header)] }, ...yearHeaderCells(ctx, years)]);
  const body = item.items.flatMap((i) => renderItem(i, ctx, { ...frame, years }));
  return [{ kind: 'table', header: [header], body }];
}
