// Layout items of a section in print order: fields, groups, rows, year tables, mirrors, plan headings, signatures.
import type { FunctionComponent } from 'preact';
import { isStructure } from '../../forms/structure';
import type { LayoutItem, SectionDefinition, StructureItem, StructureKind } from '../../forms/types';
import { fieldById } from '../../forms/walk';
import { FieldView } from '../fields/FieldView';
import { NarrativeInput } from '../fields/NarrativeInput';
import { TextInput } from '../fields/TextInput';
import type { Editor } from '../store';
import { YearTableView } from './YearTableView';

interface Props {
  item: LayoutItem;
  store: Editor;
  section?: SectionDefinition;
}

/** The ids of the plan texts sharing the section's character budget. */
function budgetOf(section: SectionDefinition | undefined) {
  if (!section?.charBudget) return undefined;
  const ids = section.items.flatMap((i) => (i.kind === 'planHeading' && i.text ? [i.text.id] : []));
  return { ids, limit: section.charBudget };
}

type StructureView<K extends StructureKind> = FunctionComponent<{ item: Extract<StructureItem, { kind: K }>; store: Editor; section?: SectionDefinition }>;

/** One view per structural item kind; fields go to FieldView. A new kind does not compile without one. */
const structureViews: { readonly [K in StructureKind]: StructureView<K> } = {
  group: ({ item, store, section }) => <GroupView item={item} store={store} section={section} />,
  // Hint: the printed form sets these as lines in one cell; on screen they are fields under a heading, as a group's.
  fillInCell: ({ item, store, section }) => <GroupView item={item} store={store} section={section} />,
  row: ({ item, store }) => (
    <div class="item-row" role="group" aria-label={item.label ?? item.items.map((f) => f.context ?? f.label)[0]}>
      {item.items.map((f) => (
        <FieldView field={f} store={store} />
      ))}
    </div>
  ),
  yearTable: ({ item, store }) => <YearTableView table={item} store={store} />,
  mirror: ({ item, store }) => {
    const field = fieldById(store.ctx.form, item.of);
    return field.kind === 'text' ? <TextInput field={{ ...field, hint: item.hint }} store={store} label={item.label} /> : null;
  },
  planHeading: ({ item, store, section }) => (
    <div class={`plan-heading level-${item.level}`}>
      {item.text ? (
        <NarrativeInput field={item.text} store={store} budget={budgetOf(section)} heading={{ text: item.number + item.title, description: item.description }} />
      ) : (
        <>
          <p class="plan-title">
            {item.number}
            {item.title}
          </p>
          {item.description && <p class="plan-description">{item.description}</p>}
        </>
      )}
    </div>
  ),
  signatureBlock: ({ item }) => (
    <section class="signature-block" aria-label={item.title}>
      <h2 class="block-title">{item.title}</h2>
      {item.text && <p class="declaration">{item.text}</p>}
      {item.signatureLines.map((l) => (
        <p class="signature-line">{l}</p>
      ))}
      <p class="signature-line date-line">{item.dateLine}</p>
      <p class="hint">签字、盖章和日期请在打印后用笔填写。</p>
    </section>
  ),
};

type Grouping = { label: string; note?: string; items: readonly LayoutItem[]; footnote?: string };

function GroupView({ item, store, section }: { item: Grouping; store: Editor; section?: SectionDefinition }) {
  return (
    <section class="item-group" aria-label={item.label}>
      <h2 class="group-label">{item.label}</h2>
      {item.note && <p class="note">{item.note}</p>}
      {item.items.map((child) => (
        <ItemView item={child} store={store} section={section} />
      ))}
      {item.footnote && <p class="note">{item.footnote}</p>}
    </section>
  );
}

export function ItemView({ item, store, section }: Props) {
  if (!isStructure(item)) return <FieldView field={item} store={store} />;
  // Hint: the cast only forgets which kind; the registry's type ties each view to its own.
  const View = structureViews[item.kind] as StructureView<StructureKind>;
  return <View item={item as never} store={store} section={section} />;
}
