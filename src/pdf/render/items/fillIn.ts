// Renderer for a fill-in cell: the label beside one cell of lines 「绿色工厂数量 ____」, each line's value on its
// underline (or the underline left blank), the note under them, as MIIT 2023's 集群绿色制造体系建设水平 prints.
import { valueOf } from '../../../forms/fieldValues';
import type { FillInCellItem, NumberField } from '../../../forms/types';
import type { Para, Run } from '../../layout/types';
import type { ItemRenderer, RenderContext } from '../context';
import { asText, numberText, unitSuffix } from '../format';
import { TABLE } from '../../style';
import { notePara, text, valuePara } from '../paras';
import { pairRow } from '../rows';
import { fillIn } from '../values';
import { labelParas } from './fields';

/** The underline's length in characters, the value (if any) written at its start. */
const LINE_EM = 5;

/** One line: the field's label, then its value on a LINE_EM underline (glued, so they stay on one line). */
function _line(field: NumberField, ctx: RenderContext): Para {
  const value = numberText(asText(valueOf(ctx.values, field)));
  const unit = unitSuffix(field);
  const rest = LINE_EM - ctx.measure.width(value, TABLE.size) / TABLE.size;
  const line: Run[] = value ? [text(value, true), ...(rest > 0.25 ? [{ kind: 'blank', em: rest } as const] : [])] : [fillIn('', LINE_EM)];
  const runs: Run[] = [text(field.label), { kind: 'gap', em: 0.5, glue: true }, ...line.map((r) => ({ ...r, glue: true }))];
  return valuePara(unit ? [...runs, text(` ${unit}`)] : runs);
}

export const fillInCell: ItemRenderer<FillInCellItem> = (item, ctx, frame) => {
  const lines = item.items.map((f) => _line(f, ctx));
  const note = item.footnote ? [notePara(item.footnote)] : [];
  return [pairRow(ctx, frame, labelParas(item.label), [...lines, ...note], { valign: 'top' })];
};
