// The cover page: the form's title, each cover field as 「标签：______」 with the value on the line and the
// official hint under it, and the issuer line (「工业和信息化部 制」) at the foot of the page.
import { fieldsOfItem } from '../../forms/walk';
import type { Field, LayoutItem } from '../../forms/types';
import { unitsHeight } from '../layout/cell';
import { layoutPara } from '../layout/paragraph';
import type { Para, Run, Unit } from '../layout/types';
import { BODY, mm, TEXT } from '../style';
import type { Frame, RenderContext } from './context';
import { headingPara, text } from './paras';
import { flowRow, spaceRow } from './rows';
import { valueParas } from './values';

const FRAME: Frame = { x: BODY.x, width: BODY.width, labelWidth: 0 };

/** A field's printed value as runs on the cover's line: underlined, the line running on to the margin. */
function _valueRuns(field: Field, ctx: RenderContext): Run[] {
  const runs = valueParas(field, ctx).flatMap((p) => p.runs);
  const underlined = field.kind === 'region' ? runs : runs.map((r) => (r.kind === 'text' ? { ...r, underline: true } : r));
  return underlined;
}

function _line(label: string, runs: readonly Run[], fill: boolean): Para {
  return { runs: [text(`${label}：`), ...runs, ...(fill ? [{ kind: 'fill', em: 1 } as const] : [])], size: TEXT.coverField, leading: 2.4 };
}

/**
 * 所属地区 is one line on the official cover (「____省（区、市）____市（区）____县（市、区）」), which at 三号 is
 * wider than the 版心; set it a size smaller where that keeps it on one line.
 */
function _regionLine(label: string, runs: readonly Run[], ctx: RenderContext): Para {
  const line = _line(label, runs, false);
  const fits = (p: Para) => layoutPara(p, FRAME.width, ctx.measure).length === 1;
  const smaller: Para = { ...line, size: TEXT.coverFieldSmall, leading: (2.4 * TEXT.coverField) / TEXT.coverFieldSmall };
  return fits(line) || !fits(smaller) ? line : smaller;
}

function _hint(hint: string): Para {
  return { runs: [text(hint)], size: TEXT.coverHint, align: 'center', leading: 1.4 };
}

/** The cover's lines for one item: a labelled row as one line; any other item as a line per field. */
function _itemParas(item: LayoutItem, ctx: RenderContext): Para[] {
  if (item.kind === 'row' && item.label) {
    const runs = item.items.flatMap((f, i) => [...(i > 0 ? [text('  ', true)] : []), ..._valueRuns(f, ctx)]);
    return [_line(item.label, runs, true)];
  }
  return fieldsOfItem(item).flatMap((f) => [
    f.kind === 'region' ? _regionLine(f.label, _valueRuns(f, ctx), ctx) : _line(f.label, _valueRuns(f, ctx), true),
    ...(f.kind === 'text' && f.hint ? [_hint(f.hint)] : []),
  ]);
}

/** The cover page's units, the issuer pushed to the foot of the 版心. */
export function coverUnits(ctx: RenderContext): Unit[] {
  const cover = ctx.form.cover;
  const head: Unit[] = [
    spaceRow(FRAME, mm(30)),
    flowRow(ctx, FRAME, [headingPara(cover.title, TEXT.coverTitle, 'center')]),
    spaceRow(FRAME, mm(45)),
    ...cover.fields.flatMap((item) => _itemParas(item, ctx)).map((p) => flowRow(ctx, FRAME, [p])),
  ];
  const issuer = flowRow(ctx, FRAME, [{ runs: [text(cover.issuer)], size: TEXT.issuer, align: 'center' }]);
  const room = BODY.height - unitsHeight(head) - unitsHeight([issuer]) - mm(8);
  return [...head, spaceRow(FRAME, Math.max(12, room)), issuer];
}
