// Accessible names of an item's controls: each carries 附件{n} and the item's text, so a screen reader (and a test)
// tells 「为 附件3 提供集群内企业名单…… 添加文件」 from the same button on the next item.
import type { EvidenceEntry } from '../../evidence';

const SHOWN = 24;

/** 「附件3 提供集群内专精特新企业名单；」, the text cut at 24 characters with 「……」. */
export function itemName(entry: EvidenceEntry): string {
  const text = [...entry.title];
  return `附件${entry.number} ${text.length > SHOWN ? `${text.slice(0, SHOWN).join('')}……` : entry.title}`;
}
