// Renderer for the standards table: under each year, 类别 | 主持数量 | 参与数量, one row per category
// (国际 国家 行业 团体), the label spanning them all, as the form prints it.
import { standardCategories, standardRoles, type StandardCategory, type StandardRole, type StandardsField } from '../../../forms/types';
import type { CellOptions } from '../../layout/cell';
import type { Para, Unit } from '../../layout/types';
import { TABLE } from '../../style';
import { valueOf } from '../../../forms/fieldValues';
import { splitColumn, valueColumn, type Column, type ItemRenderer, type RenderContext } from '../context';
import { asText, numberText } from '../format';
import { labelPara, text } from '../paras';
import { cellsRow } from '../rows';
import { yearHeaderCells } from './numbers';

const SMALL: CellOptions = { padX: 2, minHeight: 20 };
const small = (value: string, align: Para['align'] = 'center'): Para[] => (value ? [{ runs: [text(value)], size: TABLE.noteSize, align }] : []);

/** Each year column cut into 类别, 主持数量, 参与数量. */
function _subColumns(years: readonly Column[]): Column[][] {
  return years.map((year) => splitColumn(year, 1 + standardRoles.length));
}

function _cell(ctx: RenderContext, field: StandardsField, year: number, category: StandardCategory, role: StandardRole): string {
  const byYear = valueOf(ctx.values, field);
  return numberText(asText(byYear?.[`${year}`]?.[category]?.[role]));
}

export const standards: ItemRenderer<StandardsField> = (field, ctx, frame) => {
  const years = frame.years ?? splitColumn(valueColumn(frame), ctx.form.years.length);
  const sub = _subColumns(years);
  const head = cellsRow(
    ctx,
    sub.flatMap((cols) => [
      { column: cols[0]!, paras: small('类别'), options: SMALL },
      ...standardRoles.map((r, i) => ({ column: cols[i + 1]!, paras: small(r.label), options: SMALL })),
    ]),
  );
  const rows = standardCategories.map((c) =>
    cellsRow(
      ctx,
      ctx.form.years.flatMap((y, yi) => [
        { column: sub[yi]![0]!, paras: small(c.label), options: SMALL },
        ...standardRoles.map((r, i) => ({ column: sub[yi]![i + 1]!, paras: small(_cell(ctx, field, y, c.value, r.value), 'right'), options: SMALL })),
      ]),
    ),
  );
  const yearHeader = frame.years ? [] : [cellsRow(ctx, yearHeaderCells(ctx, years))];
  const label = cellsRow(ctx, [{ column: { x: frame.x, width: frame.labelWidth }, paras: [labelPara(field.label)] }]).cells[0]!;
  const unit: Unit = { kind: 'span', cell: label, children: [...yearHeader, head, ...rows], keepTogether: true };
  return [unit];
};
