// The cover page: the form's title, each cover field as 「标签：______」 with the value on the line and the
// official hint under it, and the issuer line (「工业和信息化部 制」) at the foot of the page. All lines in one
// size, the largest at which each fits on one line; a value too long for that runs on over the next underlined
// line, and the underline stops where the text does on a full line (no empty extra line).
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
/** Hint: a blank of 所属地区 is at least three characters wide, room to write 「内蒙古」 by hand. */
const MIN_REGION_BLANK_EM = 3;

/** A field's printed value as runs on the cover's line: underlined (所属地区 underlines its own parts). */
function _valueRuns(field: Field, ctx: RenderContext): Run[] {
  const runs = valueParas(field, ctx).flatMap((p) => p.runs);
  return field.kind === 'region' ? runs : runs.map((r) => (r.kind === 'text' ? { ...r, underline: true } : r));
}

/** Hint: the underline to the margin has no width of its own, so it never starts a line alone. */
function _line(label: string, runs: readonly Run[], size: number, fill: boolean): Para {
  return { runs: [text(`${label}：`), ...runs, ...(fill ? [{ kind: 'fill', em: 0 } as const] : [])], size, leading: 2.4, words: true };
}

/**
 * 所属地区 on one line as the official cover has it (「____省（区、市）____市（区）____县（市、区）」): its blanks
 * share what the line leaves, each at least three characters, the part's name right after its blank.
 */
function _regionLine(field: Field, ctx: RenderContext, size: number): Para {
  const runs = _valueRuns(field, ctx).filter((r, i, all) => !(r.kind === 'gap' && all[i - 1]?.kind === 'blank'));
  const blanks = runs.filter((r) => r.kind === 'blank').length;
  const fixed = layoutPara(_line(field.label, runs.filter((r) => r.kind !== 'blank'), size, false), 1e6, ctx.measure)[0];
  const used = fixed?.items.reduce((end, i) => Math.max(end, i.x + (i.kind === 'text' ? ctx.measure.width(i.text, size) : 0)), 0) ?? 0;
  const em = blanks ? Math.max(MIN_REGION_BLANK_EM, Math.floor(((FRAME.width - used) / blanks / size) * 4) / 4 - 0.25) : 0;
  return _line(field.label, runs.map((r) => (r.kind === 'blank' ? { ...r, em } : r)), size, false);
}

function _hint(hint: string): Para {
  return { runs: [text(hint)], size: TEXT.coverHint, align: 'center', leading: 1.4 };
}

/** The cover's lines for one item at one size: a labelled row as one line; any other item as a line per field. */
function _itemLines(item: LayoutItem, ctx: RenderContext, size: number): { line: Para; hint?: Para }[] {
  if (item.kind === 'row' && item.label) {
    const runs = item.items.flatMap((f, i) => [...(i > 0 ? [text('  ', true)] : []), ..._valueRuns(f, ctx)]);
    return [{ line: _line(item.label, runs, size, true) }];
  }
  return fieldsOfItem(item).map((f) => ({
    line: f.kind === 'region' ? _regionLine(f, ctx, size) : _line(f.label, _valueRuns(f, ctx), size, true),
    ...(f.kind === 'text' && f.hint ? { hint: _hint(f.hint) } : {}),
  }));
}

/** The cover's field lines in the largest size at which every one fits on one line (else the smallest size). */
function _fieldParas(ctx: RenderContext): Para[] {
  const at = (size: number) => ctx.form.cover.fields.flatMap((item) => _itemLines(item, ctx, size));
  const fits = (lines: { line: Para }[]) => lines.every(({ line }) => layoutPara(line, FRAME.width, ctx.measure).length === 1);
  const sizes = TEXT.coverFieldSizes;
  const lines = sizes.map(at).find(fits) ?? at(sizes[sizes.length - 1]!);
  return lines.flatMap(({ line, hint }) => (hint ? [line, hint] : [line]));
}

/** The cover page's units, the issuer pushed to the foot of the 版心. */
export function coverUnits(ctx: RenderContext): Unit[] {
  const cover = ctx.form.cover;
  const head: Unit[] = [
    spaceRow(FRAME, mm(30)),
    flowRow(ctx, FRAME, [headingPara(cover.title, TEXT.coverTitle, 'center')]),
    spaceRow(FRAME, mm(45)),
    ..._fieldParas(ctx).map((p) => flowRow(ctx, FRAME, [p])),
  ];
  const issuer = flowRow(ctx, FRAME, [{ runs: [text(cover.issuer)], size: TEXT.issuer, align: 'center' }]);
  const room = BODY.height - unitsHeight(head) - unitsHeight([issuer]) - mm(8);
  return [...head, spaceRow(FRAME, Math.max(12, room)), issuer];
}
