// The layout items that are not fields (groups, fill-in cells, rows, year tables, mirrors, plan headings,
// signature blocks): what each holds, what it prints, and how it is rebuilt with other children. One model per
// kind, typed so a new kind does not compile without one; walking, derivation and the evidence duties all go
// through them.
import type { LayoutItem, PlanTextField, StructureItem, StructureKind } from './types';

type Of<K extends StructureKind> = Extract<StructureItem, { kind: K }>;

export interface StructureModel<I extends StructureItem> {
  /** The items it holds, in print order (a plan heading holds its text area; a mirror holds nothing of its own). */
  readonly children: (item: I) => readonly LayoutItem[];
  /** Its printed texts in print order, its children's through `textsOf` where it prints them. */
  readonly texts: (item: I, textsOf: (child: LayoutItem) => string[]) => string[];
  /** The item with each child replaced by what `map` returns for it (none, itself, or several). */
  readonly mapChildren: (item: I, map: (child: LayoutItem) => LayoutItem[]) => I;
  /** Its own texts that may state an evidence duty for the fields inside it, most specific first. */
  readonly dutyTexts: (item: I) => readonly (string | undefined)[];
}

const none = () => [] as const;
const opt = (t: string | undefined) => (t ? [t] : []);

function _onlyPlanText(items: LayoutItem[]): PlanTextField | undefined {
  if (items.length > 1 || (items[0] && items[0].kind !== 'planText')) throw new Error('阶段标题下只能有一个规划文本');
  return items[0] as PlanTextField | undefined;
}

export const structureKinds: { readonly [K in StructureKind]: StructureModel<Of<K>> } = {
  group: {
    children: (i) => i.items,
    texts: (i, textsOf) => [i.label, ...opt(i.note), ...i.items.flatMap(textsOf), ...opt(i.footnote)],
    mapChildren: (i, map) => ({ ...i, items: i.items.flatMap(map) }),
    dutyTexts: (i) => [i.footnote, i.note, i.label],
  },
  fillInCell: {
    children: (i) => i.items,
    texts: (i, textsOf) => [i.label, ...i.items.flatMap(textsOf), ...opt(i.footnote)],
    mapChildren: (i, map) => ({ ...i, items: i.items.flatMap(map) as FillInLines }),
    dutyTexts: (i) => [i.footnote, i.label],
  },
  row: {
    children: (i) => i.items,
    // Hint: a row with its own label prints that label once instead of each field's.
    texts: (i, textsOf) => (i.label ? [i.label] : i.items.flatMap(textsOf)),
    mapChildren: (i, map) => ({ ...i, items: i.items.flatMap(map) as RowItemFields }),
    dutyTexts: none,
  },
  yearTable: {
    children: (i) => i.items,
    texts: (i, textsOf) => [i.header, ...i.items.flatMap(textsOf)],
    mapChildren: (i, map) => ({ ...i, items: i.items.flatMap(map) as YearTableRows }),
    dutyTexts: none,
  },
  mirror: {
    children: none,
    texts: (i) => [i.label, ...opt(i.hint)],
    mapChildren: (i) => i,
    dutyTexts: none,
  },
  planHeading: {
    children: (i) => (i.text ? [i.text] : []),
    texts: (i) => [i.number + i.title, ...opt(i.description)],
    mapChildren: (i, map) => ({ ...i, text: i.text ? _onlyPlanText(map(i.text)) : undefined }),
    dutyTexts: none,
  },
  signatureBlock: {
    children: none,
    texts: (i) => [i.title, ...opt(i.text), ...i.signatureLines, i.dateLine],
    mapChildren: (i) => i,
    dutyTexts: none,
  },
};

type RowItemFields = Of<'row'>['items'];
type FillInLines = Of<'fillInCell'>['items'];
type YearTableRows = Of<'yearTable'>['items'];

/** The model of a structural item's kind. Hint: the cast only forgets which kind. */
export function structureOf<I extends StructureItem>(item: I): StructureModel<I> {
  return structureKinds[item.kind] as unknown as StructureModel<I>;
}

/** True for the layout items that are fields. */
export function isStructure(item: LayoutItem): item is StructureItem {
  return item.kind in structureKinds;
}
