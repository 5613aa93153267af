// One section of the 佐证材料清单: its heading, the counts of its items' statuses, and its items in the continuous
// numbering.
import { countsText, statusCounts, type EvidenceEntry, type EvidenceSection } from '../../evidence';
import type { AttachmentMeta } from '../../storage';
import type { Editor } from '../store';
import { ItemDetails } from './Details';
import { ItemCard } from './ItemCard';

interface Props {
  readonly section: EvidenceSection;
  readonly store: Editor;
  readonly files: readonly AttachmentMeta[];
  readonly counts: ReadonlyMap<string, number>;
  readonly label?: string;
  readonly onPrintDeclaration: (entry: EvidenceEntry) => void;
}

export function EvidenceSectionView({ section, store, files, counts, label, onPrintDeclaration }: Props) {
  const id = `evidence-${section.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <section {...(label ? { 'aria-label': label } : { 'aria-labelledby': id })}>
      <h3 id={id}>{section.heading}</h3>
      <p class="section-counts">{countsText(statusCounts(section.items, store.evidence.value, counts))}</p>
      <ol class="evidence-list">
        {section.items.map((entry) => (
          <ItemCard key={entry.key} entry={entry} store={store} files={files.filter((f) => f.itemKey === entry.key)} onPrintDeclaration={onPrintDeclaration}>
            <ItemDetails entry={entry} store={store} />
          </ItemCard>
        ))}
      </ol>
    </section>
  );
}
