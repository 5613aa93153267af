// Renderers for section 8, the development plan: outline headings with their official explanations, the
// plan's running text (flowing across pages), and the 三年总体目标 table with its requirements.
import type { PlanHeadingItem, PlanTextField, TargetsField } from '../../../forms/types';
import type { Para, Unit } from '../../layout/types';
import { TABLE, TEXT } from '../../style';
import { valueOf } from '../../../forms/fieldValues';
import type { TargetCells } from '../../../forms/values';
import { isBlank, type Column, type Frame, type ItemRenderer, type RenderContext } from '../context';
import { asText } from '../format';
import { bodyParas, headingPara, prosePara, text } from '../paras';
import { cellsRow, flowRow, spaceRow } from '../rows';

/** The plan text under a heading: one flowing row per paragraph; left empty, room to write by hand. */
function _planText(field: PlanTextField, ctx: RenderContext, frame: Frame): Unit[] {
  const value = asText(valueOf(ctx.values, field));
  if (!value) return [spaceRow(frame, TEXT.prose * TEXT.proseLineHeight * 5)];
  return bodyParas(value).map((p) => flowRow(ctx, frame, [p]));
}

export const planText: ItemRenderer<PlanTextField> = _planText;

export const planHeading: ItemRenderer<PlanHeadingItem> = (item, ctx, frame) => {
  const size = TEXT.headings[item.level - 1] ?? TEXT.prose;
  const heading = flowRow(ctx, frame, [{ ...headingPara(`${item.number}${item.title}`, size), before: item.level === 1 ? 8 : 4 }], true);
  const description = item.description ? [flowRow(ctx, frame, prosePara(item.description, TABLE.size, 1.6), Boolean(item.text))] : [];
  return [heading, ...description, ...(item.text ? _planText(item.text, ctx, frame) : [])];
};

interface TargetRow {
  readonly indicator: string;
  readonly baseline: string;
  readonly target: string;
}

function _rows(field: TargetsField, ctx: RenderContext): { direction: string; rows: TargetRow[] }[] {
  const value = valueOf(ctx.values, field);
  const added = value?.added ?? [];
  const cells = (v: TargetCells | undefined) => ({ baseline: asText(v?.baseline), target: asText(v?.target) });
  const known = new Set(field.directions.map((d) => d.direction));
  const extra = [...new Set(added.map((a) => asText(a.direction)).filter((d) => !known.has(d)))];
  return [...field.directions.map((d) => ({ ...d, open: d.open })), ...extra.map((d) => ({ direction: d, indicators: [], open: true }))].map((d) => {
    const fixed = d.indicators.map((i) => ({ indicator: i.label, ...cells(value?.fixed?.[i.key]) }));
    const mine = added.filter((a) => asText(a.direction) === d.direction).map((a) => ({ indicator: asText(a.indicator), ...cells(a) }));
    const open = isBlank(ctx) && d.open ? [{ indicator: '......', baseline: '', target: '' }] : [];
    const rows = [...fixed, ...mine, ...open];
    return { direction: d.direction, rows: rows.length ? rows : [{ indicator: '', baseline: '', target: '' }] };
  });
}

function _columns(frame: Frame): Column[] {
  const shares = [0.16, 0.36, 0.24, 0.24];
  let x = frame.x;
  return shares.map((s) => {
    const c = { x, width: frame.width * s };
    x += c.width;
    return c;
  });
}

const cellText = (value: string, align: Para['align'] = 'center'): Para[] => (value ? [{ runs: [text(value)], size: TABLE.size, align }] : []);

export const targets: ItemRenderer<TargetsField> = (field, ctx, frame) => {
  const [dir, ind, base, target] = _columns(frame) as [Column, Column, Column, Column];
  const header = cellsRow(ctx, field.columns.map((c, i) => ({ column: [dir, ind, base, target][i]!, paras: cellText(c) })));
  const body: Unit[] = _rows(field, ctx).map(({ direction, rows }) => ({
    kind: 'span',
    cell: cellsRow(ctx, [{ column: dir, paras: cellText(direction) }]).cells[0]!,
    children: rows.map((r) =>
      cellsRow(ctx, [
        { column: ind, paras: cellText(r.indicator, 'left') },
        { column: base, paras: cellText(r.baseline) },
        { column: target, paras: cellText(r.target) },
      ]),
    ),
  }));
  const last = field.requirements.length - 1;
  const requirements = field.requirements.map((r, i) => flowRow(ctx, frame, [{ runs: [text(`${r.key}. ${r.text}${i === last ? '）' : ''}`)], size: TABLE.size, indent: 2, leading: 1.6 }]));
  const intro = flowRow(ctx, frame, [{ runs: [text(field.requirementsIntro)], size: TABLE.size, align: 'justify', leading: 1.6, before: 6 }], true);
  return [{ kind: 'table', header: [header], body }, intro, ...requirements];
};
