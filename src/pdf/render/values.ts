// One value renderer per field kind: the paragraphs that go in a field's value cell (or after its label on
// the cover). What was left empty prints empty (boxes, lines and room to fill in by hand), on a blank form and
// a filled one alike: the PDF never says 「无」 for the user.
import { valueOf } from '../../forms/fieldValues';
import type { Field } from '../../forms/types';
import type { Para, Run } from '../layout/types';
import type { RenderContext } from './context';
import { asText, countOf, dateText, namesOf, numberText, tickedOf, unitSuffix, yearText } from './format';
import { inlineOptionsPara, notePara, optionPara, prosePara, text, valuePara } from './paras';

type ValueRenderer<F extends Field> = (field: F, ctx: RenderContext) => Para[];

/** One value renderer per field kind; a new kind does not compile without one. */
type ValueRenderers = { readonly [K in Field['kind']]: ValueRenderer<Extract<Field, { kind: K }>> };

const notes = (field: Field): Para[] => (field.note ? [notePara(field.note)] : []);

function _prose(field: Field, ctx: RenderContext): Para[] {
  const value = asText(valueOf(ctx.values, field));
  return value ? prosePara(value) : [];
}

/** Every text in a structured value, for the rare place it is shown outside its own table (a mirror, the cover). */
function _summary(field: Field, ctx: RenderContext): Para[] {
  const texts = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(texts) : []);
  const joined = texts(valueOf(ctx.values, field)).filter((t) => t.trim() !== '').join('；');
  return joined ? [valuePara([text(joined)])] : [];
}

/** The filled-in part of a 「______」: the value, or a gap to write in. */
export function fillIn(value: string, em = 3, underline = false): Run {
  return value ? text(value, underline) : { kind: 'blank', em };
}

export const valueRenderers: ValueRenderers = {
  text: (field, ctx) => {
    const raw = asText(valueOf(ctx.values, field));
    return raw ? [valuePara([text(field.format === 'date' ? dateText(raw) : raw)])] : [];
  },
  number: (field, ctx) => {
    const value = valueOf(ctx.values, field);
    const unit = unitSuffix(field);
    const shown = field.perYear
      ? ctx.form.years.map((y) => `${y}年：${numberText(yearText(value, y))}`).join('；')
      : numberText(asText(value));
    const runs: Run[] = unit ? [fillIn(shown, 4), text(` ${unit}`)] : [text(shown)];
    return [...(shown || unit ? [valuePara(runs, 'right')] : []), ...notes(field)];
  },
  choice: (field, ctx) => {
    const chosen = asText(valueOf(ctx.values, field));
    const options = field.options.map((o) => ({ label: o.label, checked: o.value === chosen }));
    if (field.layout === 'inline') return [inlineOptionsPara(options, field.note ? [text(field.note)] : [])];
    return [...options.map((o) => optionPara(o.label, o.checked)), ...notes(field)];
  },
  ticks: (field, ctx) => {
    const ticked = tickedOf(valueOf(ctx.values, field));
    const intro = field.intro ? [valuePara([text(field.intro)])] : [];
    const options = field.options.map((o) => ({ label: o.label, checked: ticked.has(o.value) }));
    const columns = field.columns ?? 1;
    const lines: Para[] = [];
    for (let i = 0; i < options.length; i += columns) {
      const row = options.slice(i, i + columns);
      lines.push(columns === 1 ? optionPara(row[0]!.label, row[0]!.checked) : inlineOptionsPara(row, [], columns));
    }
    return [...intro, ...lines, ...notes(field)];
  },
  countList: (field, ctx) => {
    const value = valueOf(ctx.values, field);
    const names = namesOf(value).join('；');
    const count = countOf(value);
    const namesRun = names ? text(names) : ({ kind: 'blank', em: 8 } as const);
    return [valuePara([text('数量：'), fillIn(count), text('个')]), { ...valuePara([text('名称：'), namesRun]), hang: 3 }];
  },
  narrative: (field, ctx) => [..._prose(field, ctx), ...notes(field)],
  planText: _prose,
  region: (field, ctx) => {
    const value = valueOf(ctx.values, field);
    // Hint: each value stays on the line of its part's name (「湖北 省（区、市）」), a thin space between them;
    // a line may break only between parts, never inside 「县（市、区）」.
    const runs = field.parts.flatMap((p, i): Run[] => [
      ...(i > 0 ? [{ kind: 'gap', em: 0.5 } as const] : []),
      { ...fillIn(asText(value?.[p.value]), 1.5, true), glue: true },
      { kind: 'gap', em: 0.25, glue: true },
      { ...text(p.label), glue: true },
    ]);
    return [valuePara(runs)];
  },
  standards: _summary,
  targets: _summary,
};

/** The value paragraphs of any field, looked up by its kind. */
export function valueParas(field: Field, ctx: RenderContext): Para[] {
  const render = valueRenderers[field.kind] as ValueRenderer<Field>;
  return render(field, ctx);
}
